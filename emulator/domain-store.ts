/**
 * The domains collection. An order of brand-new domains (the common case: hundreds per order)
 * does not create a record per domain: the order keeps a compact {@link DomainBlock} — the names,
 * one id range, one status — and each domain's record is derived from it when read. A derived
 * domain becomes a stored record (materialized) the first time something reads it to change it
 * alone (`get`, `byName`); changes that apply to every domain of an order apply to the block.
 * Lists, lookups and the state file see the same records either way.
 */

import { Collection, partitionPoint } from './collection';
import { compareUlids, idOffset, nthId } from './ids';
import { hasMagic, MAGIC } from './magic';
import { NameIndex } from './name-index';
import { NameList } from './name-list';
import type { DomainRecord, OrderRecord, Store } from './state';

// Shared by every domain record (never mutated): one array instead of one per domain.
const BOTH_PROVIDERS: DomainRecord['usable_for'] = ['google', 'microsoft'];
const MICROSOFT_ONLY: DomainRecord['usable_for'] = ['microsoft'];

/** Which providers a domain can host (`dns-conflict` names are Microsoft-only). Do not mutate the result. */
export function usableFor(name: string): DomainRecord['usable_for'] {
  return hasMagic(name, MAGIC.dnsConflict) ? MICROSOFT_ONLY : BOTH_PROVIDERS;
}

type Owner = DomainRecord | OrderRecord;

function isOrder(owner: Owner): owner is OrderRecord {
  return (owner as OrderRecord).domain_count !== undefined;
}

/** Stored domain records plus the derived domains of orders' blocks, by id and by name. */
export class DomainStore extends Collection<DomainRecord> {
  /** Name → stored record, or the order whose block holds the name. */
  readonly #names = new NameIndex<Owner>((owner, name) =>
    isOrder(owner) ? (owner.domain_block?.names.includes(name) ?? false) : owner.domain === name,
  );
  /** Orders with a block, ascending by id (= creation order). */
  #blocks: OrderRecord[] = [];
  readonly #store: Store;

  constructor(store: Store) {
    super('domains', store);
    this.#store = store;
  }

  /** How many domains there are, derived ones included. */
  override get size(): number {
    let size = super.size;
    for (const order of this.#blocks) {
      const block = order.domain_block!;
      for (let i = 0; i < block.names.length; i++) if (!super.get(domainId(order, i))) size++;
    }
    return size;
  }

  /** The record with this id; a derived domain is materialized (stored) so the caller may change it. */
  override get(id: string): DomainRecord | undefined {
    const stored = super.get(id);
    if (stored) return stored;
    const found = this.#blockOf(id);
    return found && this.#materialize(found.order, found.index, id);
  }

  /** The record with this id, without materializing a derived one (do not change the result). */
  peek(id: string): DomainRecord | undefined {
    const stored = super.get(id);
    if (stored) return stored;
    const found = this.#blockOf(id);
    return found && derivedDomain(found.order, found.index, id);
  }

  /** The record of a normalized name; a derived domain is materialized so the caller may change it. */
  byName(name: string): DomainRecord | undefined {
    const owner = this.#names.get(name);
    if (!owner || !isOrder(owner)) return owner;
    const index = owner.domain_block!.names.indexOf(name);
    const id = domainId(owner, index);
    return super.get(id) ?? this.#materialize(owner, index, id);
  }

  /**
   * Looks up the names of an order that may register them as a block next, all in one pass (see
   * `NameIndex.lookupBatch`): pass the batch and each name's position to {@link peekByName}, and
   * the batch to {@link addBlock}, so that no name is looked up twice. `hashes`: each name's
   * `hashName`, when the caller has them already.
   */
  startNameLookups(names: readonly string[], hashes?: readonly number[]): number {
    return this.#names.lookupBatch(names, hashes);
  }

  /**
   * The record of a normalized name, without materializing a derived one (do not change the
   * result). `batch`/`position`: the name's place in a batch of {@link startNameLookups}.
   */
  peekByName(name: string, batch = 0, position = -1): DomainRecord | undefined {
    const owner = this.#names.get(name, batch, position);
    if (!owner || !isOrder(owner)) return owner;
    const index = owner.domain_block!.names.indexOf(name);
    const id = domainId(owner, index);
    return super.get(id) ?? derivedDomain(owner, index, id);
  }

  /** True if a domain of this name exists (stored or derived). */
  hasName(name: string): boolean {
    return this.#names.get(name) !== undefined;
  }

  /** Adds a new record and indexes its name. */
  override insert(record: DomainRecord): DomainRecord {
    super.insert(record);
    this.#names.set(record.domain, record);
    return record;
  }

  /**
   * Registers the block of a newly inserted order (its names must all be new). With the batch in
   * which its names were looked up (`names`, the same names in the same order, as strings), they
   * are indexed where those lookups ended.
   */
  addBlock(order: OrderRecord, lookups?: { batch: number; names: readonly string[] }): void {
    this.#insertBlock(order);
    if (lookups === undefined) {
      for (const name of order.domain_block!.names) this.#names.set(name, order);
      return;
    }
    const { batch, names } = lookups;
    for (let i = 0; i < names.length; i++) this.#names.setAfterLookup(names[i]!, order, batch, i);
  }

  /** The ids of an order's domains, in order. */
  idsOf(order: OrderRecord): string[] {
    const block = order.domain_block;
    if (!block) return order.domain_ids ?? [];
    return block.names.map((_, index) => domainId(order, index));
  }

  /**
   * True when `id` is one of the domains `order` lists ({@link idsOf}) — not a swapped-out domain
   * it keeps warm nor a swap's replacement it holds — without listing a block's ids.
   */
  lists(order: OrderRecord, id: string): boolean {
    if (!order.domain_block) return order.domain_ids?.includes(id) ?? false;
    return this.#blockOf(id)?.order === order;
  }

  /**
   * The records of an order's domains, in order. Derived ones are fresh read-only copies: change
   * domains through {@link setOrderStatus} / {@link releaseOrder}, or `get(id)` first.
   */
  membersOf(order: OrderRecord): DomainRecord[] {
    const block = order.domain_block;
    if (!block) {
      const out: DomainRecord[] = [];
      for (const id of order.domain_ids ?? []) {
        const domain = super.get(id);
        if (domain) out.push(domain);
      }
      return out;
    }
    return block.names.map((_, index) => {
      const id = domainId(order, index);
      return super.get(id) ?? derivedDomain(order, index, id);
    });
  }

  /**
   * Sets the status of every domain of an order but a `failed` one (it left the order before it
   * could go live, and stays so until released); returns the domains it set (for their webhooks).
   */
  setOrderStatus(order: OrderRecord, status: DomainRecord['status']): DomainRecord[] {
    const block = order.domain_block;
    if (block) {
      block.status = status;
      this.#store.orders.save(order);
    }
    const members = this.#eachMember(order, (domain) => {
      if (domain.status !== 'failed') domain.status = status;
    });
    return members.filter((domain) => domain.status === status);
  }

  /** Sends every domain of an order back to inventory (available). */
  releaseOrder(order: OrderRecord): void {
    const block = order.domain_block;
    if (block) {
      block.released = true;
      this.#store.orders.save(order);
    }
    this.#eachMember(order, releaseFields);
  }

  /**
   * Turns an order's block into stored records listed in `domain_ids` (before changes that treat
   * its domains one by one: cancelling some, swapping one). Returns the order's domain records.
   */
  materializeOrder(order: OrderRecord): DomainRecord[] {
    const block = order.domain_block;
    if (!block) return this.membersOf(order);
    const ids: string[] = [];
    const records = block.names.map((_, index) => {
      const id = domainId(order, index);
      ids.push(id);
      return super.get(id) ?? this.#materialize(order, index, id);
    });
    order.domain_ids = ids;
    order.domain_block = null;
    this.#store.orders.save(order);
    const at = this.#blocks.indexOf(order);
    if (at >= 0) this.#blocks.splice(at, 1);
    // The order holds no block now: each name is found through its own record.
    for (const record of records) this.#names.set(record.domain, record);
    return records;
  }

  /** Every domain, oldest first (derived ones as read-only copies). */
  override *values(): Generator<DomainRecord> {
    const stored = super.values();
    const derived = this.#derivedOldestFirst();
    let a = stored.next();
    let b = derived.next();
    while (!a.done || !b.done) {
      if (b.done || (!a.done && a.value.id <= b.value.id)) {
        yield a.value;
        a = stored.next();
      } else {
        yield b.value;
        b = derived.next();
      }
    }
  }

  /** Newest first from `cursor` (see {@link Collection.newestFirst}), derived domains included. */
  override *newestFirst(cursor?: string, inclusive = false): Generator<DomainRecord> {
    const stored = super.newestFirst(cursor, inclusive);
    const derived = this.#derivedNewestFirst(cursor, inclusive);
    let a = stored.next();
    let b = derived.next();
    while (!a.done || !b.done) {
      if (b.done || (!a.done && a.value.id >= b.value.id)) {
        yield a.value;
        a = stored.next();
      } else {
        yield b.value;
        b = derived.next();
      }
    }
  }

  /** Stored records only: derived domains are saved with their orders. */
  override persistedValues(): Generator<DomainRecord> {
    return super.values();
  }

  /**
   * Drops every stored record but those with the ids in `keep`, and forgets every block: their
   * orders go with the orders collection (`Store.rebuildIndexes` registers again those it kept).
   * Derived domains are never read: a reset costs the same after 10 orders as after 10 000.
   */
  override clear(keep: readonly string[] = []): void {
    super.clear(keep);
    this.#names.clear();
    this.#blocks = [];
    for (const record of super.values()) this.#names.set(record.domain, record);
  }

  /**
   * Rebuilds the name index and the block list from the stored records and `orders`. Throws
   * {@link DomainNameClash} when two domains have one name — the emulator never writes that (a
   * name is looked up to find its one record), so only a state file edited by hand holds it.
   */
  rebuild(orders: Iterable<OrderRecord>): void {
    this.#names.clear();
    this.#blocks = [];
    for (const order of orders) {
      if (!order.domain_block) continue;
      // A state file holds the names as a plain array.
      const list = NameList.from(order.domain_block.names);
      order.domain_block.names = list;
      const names = [...list];
      this.#insertBlock(order);
      const batch = this.#names.lookupBatch(names);
      for (let index = 0; index < names.length; index++) {
        const name = names[index]!;
        const holder = this.#names.get(name, batch, index);
        // The order itself holds every name of its block; it is a clash only if an earlier place
        // has this very name (not just its hash).
        if (holder !== undefined && (holder !== order || list.indexOf(name) !== index)) {
          throw new DomainNameClash(name, describeHolder(holder, name), { orderId: order.id, index });
        }
        this.#names.setAfterLookup(name, order, batch, index);
      }
    }
    // A stored record of a block's domain (one changed alone) is found through its order, by id.
    for (const record of super.values()) {
      const holder = this.#names.get(record.domain);
      if (holder === undefined) this.#names.set(record.domain, record);
      else if (
        !(
          isOrder(holder) && domainId(holder, holder.domain_block!.names.indexOf(record.domain)) === record.id
        )
      ) {
        throw new DomainNameClash(record.domain, describeHolder(holder, record.domain), {
          domainId: record.id,
        });
      }
    }
  }

  #insertBlock(order: OrderRecord): void {
    const blocks = this.#blocks;
    let at = blocks.length;
    while (at > 0 && blocks[at - 1]!.id > order.id) at--;
    blocks.splice(at, 0, order);
  }

  /** How many blocks belong to orders older than `id` (blocks ascend by id; ids of any kind). */
  #blocksBefore(id: string): number {
    return partitionPoint(this.#blocks, (order) => compareUlids(order.id, id) < 0);
  }

  /** The block holding a derived id: the last block starting at or before it. */
  #blockOf(id: string): { order: OrderRecord; index: number } | undefined {
    const order = this.#blocks[this.#blocksBefore(id) - 1];
    if (!order || !id.startsWith('dom_')) return undefined;
    const block = order.domain_block!;
    const index = idOffset(order.id, id) - 1;
    return index >= 0 && index < block.names.length ? { order, index } : undefined;
  }

  // The name stays indexed to the order, which leads to the stored record by id: re-indexing it
  // to the record would drop from its slot any other name of the block with the same 32-bit hash.
  #materialize(order: OrderRecord, index: number, id: string): DomainRecord {
    return super.insert(derivedDomain(order, index, id));
  }

  // Stored members are changed and saved one by one; derived ones follow their block.
  #eachMember(order: OrderRecord, change: (domain: DomainRecord) => void): DomainRecord[] {
    const block = order.domain_block;
    if (!block) {
      const out = this.membersOf(order);
      for (const domain of out) {
        change(domain);
        this.save(domain);
      }
      return out;
    }
    return block.names.map((_, index) => {
      const id = domainId(order, index);
      const stored = super.get(id);
      if (!stored) return derivedDomain(order, index, id);
      change(stored);
      this.save(stored);
      return stored;
    });
  }

  *#derivedOldestFirst(): Generator<DomainRecord> {
    for (const order of [...this.#blocks]) {
      const block = order.domain_block;
      if (!block) continue;
      for (let index = 0; index < block.names.length; index++) {
        const id = domainId(order, index);
        if (!super.get(id)) yield derivedDomain(order, index, id);
      }
    }
  }

  *#derivedNewestFirst(cursor: string | undefined, inclusive: boolean): Generator<DomainRecord> {
    const blocks = this.#blocks;
    let b = blocks.length - 1;
    let index = b >= 0 ? blocks[b]!.domain_block!.names.length - 1 : -1;
    if (cursor !== undefined) {
      b = this.#blocksBefore(cursor) - 1;
      if (b < 0) return;
      const block = blocks[b]!.domain_block!;
      const offset = idOffset(blocks[b]!.id, cursor) - 1;
      index =
        offset >= 0 && offset < block.names.length
          ? inclusive
            ? offset
            : offset - 1
          : block.names.length - 1;
    }
    const snapshot = blocks.slice(0, b + 1);
    for (let at = snapshot.length - 1; at >= 0; at--) {
      const order = snapshot[at]!;
      const block = order.domain_block;
      if (block) {
        for (let i = Math.min(index, block.names.length - 1); i >= 0; i--) {
          const id = domainId(order, i);
          if (!super.get(id)) yield derivedDomain(order, i, id);
        }
      }
      index = Number.POSITIVE_INFINITY;
    }
  }
}

/** Where a name is held, for {@link DomainNameClash}. */
export type NameHolder = { orderId: string; index: number } | { domainId: string };

function describeHolder(holder: Owner, name: string): NameHolder {
  return isOrder(holder)
    ? { orderId: holder.id, index: holder.domain_block!.names.indexOf(name) }
    : { domainId: holder.id };
}

/**
 * Two domains with one name, found by {@link DomainStore.rebuild}: `first` holds it already,
 * `second` has it too (an order's block position, or a stored domain record).
 */
export class DomainNameClash extends Error {
  constructor(
    readonly domain: string,
    readonly first: NameHolder,
    readonly second: NameHolder,
  ) {
    super(`two domains are named ${JSON.stringify(domain)}`);
  }
}

/** The id of a block's `index`-th domain: the ids right after the order's own. */
function domainId(order: OrderRecord, index: number): string {
  return nthId(order.id, index + 1, 'dom');
}

/** The record a block's `index`-th domain has while nothing changed it alone. */
function derivedDomain(order: OrderRecord, index: number, id: string): DomainRecord {
  const block = order.domain_block!;
  const name = block.names.at(index)!;
  if (block.released) {
    return {
      id,
      domain: name,
      category: 'inventory',
      status: 'available',
      usable_for: usableFor(name),
      created_at: order.created_at,
      imported: false,
    };
  }
  const forwarding = block.forwarding;
  return {
    id,
    domain: name,
    category: 'connected',
    status: block.status,
    usable_for: usableFor(name),
    created_at: order.created_at,
    imported: false,
    provider: index < block.google ? 'google' : 'microsoft',
    user_id: order.user_id,
    order_id: order.id,
    forwarding_url: Array.isArray(forwarding) ? (forwarding[index] ?? null) : forwarding,
  };
}

/** Detaches a domain from its order: back to inventory, available. */
export function releaseFields(domain: DomainRecord): void {
  domain.category = 'inventory';
  domain.status = 'available';
  delete domain.provider;
  delete domain.user_id;
  delete domain.order_id;
  delete domain.forwarding_url;
}
