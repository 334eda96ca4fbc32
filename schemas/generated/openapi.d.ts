/* Generated from schemas/openapi.yaml by `npm run generate` (openapi-typescript). Do not edit. */
export type paths = {
    "/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve the calling key and its partner
         * @description The cheapest health check. Returns the partner and the calling key's environment and permission preset.
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List orders
         * @description Lean order receipts, newest first, in the list envelope.
         */
        get: operations["listOrders"];
        put?: never;
        /**
         * Create an order (and create or reuse the customer)
         * @description One call provisions everything: Peeker buys or uses imported domains, runs DNS, creates
         *     inboxes, routes them to the sequencer and sets forwarding. Size the order **either** with a
         *     saved `bundle_id` **or** with custom sizing (`google_licenses` / `microsoft_licenses` /
         *     `google_inboxes_per_domain`) — never both (`order_shape_conflict`). The number of `domains`
         *     must match the resolved plan (`domain_count_mismatch`).
         *
         *     Resending the same normalized body within 24 hours returns the same order (no idempotency
         *     key needed; see `x-peeker-dedupe`).
         */
        post: operations["createOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orders/pending": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List pending order actions
         * @description Blockers that need partner or customer input. While an action is `open`, its order stays
         *     `action_required`. Each row's `reason` says how to resolve it (see `PendingActionReason`).
         */
        get: operations["listPendingOrderActions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve an order
         * @description The full order. Referenced by the best-practices page ("GET /orders/{id} still returns it");
         *     its reference page was not found, so the response shape follows the older cancel example.
         */
        get: operations["getOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orders/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an order, or some of its domains
         * @description No body cancels every domain on the order. `{"domains": [...]}` cancels just those domains.
         *     The order becomes `cancel_scheduled` at once and `cancelled` at `cancels_at`, the end of the
         *     renewal period, when the inboxes are deleted (the docs' example: cancelled on 2026-05-08,
         *     `cancels_at` 2026-06-07); its domains keep blocking new orders
         *     (`domain_already_in_active_order`) until then. Whole domains only — cancelling one Google
         *     domain cancels the 2–3 licenses on it.
         */
        post: operations["cancelOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bundles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List bundles */
        get: operations["listBundles"];
        put?: never;
        /** Create a bundle */
        post: operations["createBundle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bundles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a bundle */
        get: operations["getBundle"];
        put?: never;
        post?: never;
        /** Delete a bundle (or archive it if any order used it) */
        delete: operations["deleteBundle"];
        options?: never;
        head?: never;
        /**
         * Update a bundle
         * @description All fields optional. Setting both percents to `null` goes back to Peeker's recommended split.
         */
        patch: operations["updateBundle"];
        trace?: never;
    };
    "/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List customers */
        get: operations["listUsers"];
        put?: never;
        /**
         * Create a customer
         * @description The newer flow creates or reuses customers through `POST /orders` `user`; this endpoint is from the May 2026 docs.
         */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a customer
         * @description A deleted customer is still returned, with `status` `deleted` (as `GET /users?status=deleted` lists it).
         */
        get: operations["getUser"];
        put?: never;
        post?: never;
        /**
         * Delete a customer
         * @description Returns the customer object. (The docs' example still shows `status` `active`; Peeker DevKit
         *     returns `deleted`.) The customer stays readable and listed with `status` `deleted`, but can no
         *     longer be changed or ordered for. Deleting an already deleted customer returns it again, so a
         *     retried DELETE is safe (Peeker DevKit's choice; the docs don't say).
         */
        delete: operations["deleteUser"];
        options?: never;
        head?: never;
        /**
         * Update a customer's routing
         * @description Changes only the fields you send: email, names and sequencer routing are all applied. A
         *     deleted customer can't be changed (404 `not_found`, field `id`), just as `POST /orders` can't
         *     order for one (404, field `user`).
         */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/domains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List domains
         * @description `inventory` domains are ready and not on an order; `connected` domains are on an order.
         */
        get: operations["listDomains"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/domains/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check domain availability in bulk
         * @description Up to 50 domains per call (the older docs said 25). One call costs one rate-limit token.
         *     The answer has "one row per domain" [DS]: Peeker DevKit reads that as one row per requested
         *     entry, in request order, a repeated entry getting a row each time (the docs say neither).
         *     Results are cached 5 minutes per domain; stale rows come back `reason: stale` and refresh
         *     in the background. A candidate that is not a valid domain name, or not registrable on its
         *     own (a sub-domain such as `mail.acme.com`), is not an error: it comes back as its own row
         *     `{available: false, reason: invalid}` [DS]. Allowed for `limited` keys.
         */
        post: operations["checkDomainAvailability"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/domains/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Look up imports by domain name
         * @description Not a history list — the `domains` query (comma-separated names) is required.
         */
        get: operations["lookupDomainImports"];
        put?: never;
        /**
         * Import domains registered elsewhere (synchronous)
         * @description Root domains only (no `mail.acme.com`). Returns the `nameserver_groups` the customer must set
         *     at their registrar. Poll `GET /domains/import/{id}` every 60 s or wait for
         *     `domain_import.completed`. Live synchronous imports can return 429 `rate_limited` when import
         *     capacity is busy — use `POST /domains/import/jobs` for bulk.
         */
        post: operations["importDomains"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/domains/import/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve an import
         * @description Includes the `nameserver_groups` to send to the customer while the import is `action_required` (`update_nameservers`).
         */
        get: operations["getDomainImport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/domains/import/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import up to 500 domains asynchronously
         * @description Resending the same domain set returns the same job: jobs dedupe on the normalized, sorted,
         *     unique set of domain names (order, letter case and duplicates don't matter).
         */
        post: operations["createDomainImportJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/domains/import/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve an import job */
        get: operations["getDomainImportJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/domains/forwarding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the forwarding URL of up to 25 domains
         * @description For new orders, use `forwarding_url` on `POST /orders` instead. Domains already pointing at the
         *     URL count as completed. Every domain, by `dom_…` id or by name, must be in your account: the
         *     first one that is not → 404 `not_found` with `field` `domains[i]`, and no job is created. A
         *     domain in inventory, on no order, is refused too (400, see below).
         */
        post: operations["setDomainForwarding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/domains/forwarding/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a forwarding job */
        get: operations["getForwardingJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/swaps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List swaps */
        get: operations["listSwaps"];
        put?: never;
        /**
         * Replace one domain inside an order
         * @description `standard` retires the old domain immediately (brief pause, lower cost); `premium` keeps it
         *     warm 14 days beside the new one — Microsoft domains only, within the tier's quota of active
         *     Microsoft inboxes, and at most once per domain every 30 days. The replacement must be
         *     buyable from a partner registrar or already imported by the customer. One domain per swap.
         */
        post: operations["createSwap"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/swaps/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a swap */
        get: operations["getSwap"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/swaps/user_names": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rename the people behind a domain's inboxes
         * @description The domain stays and keeps its warmup history; names (and email usernames if needed) change.
         *     Inbox addresses come from persona names (Jane + Doe → `jane.doe@domain.com`). Returns one
         *     swap row per inbox on the domain, not per persona sent: the order's inboxes per domain on a
         *     Google domain — on a custom order whose licenses are not a multiple of it, its last Google
         *     domain carries what is left (5 licenses at 3 per domain: 3 and 2), a Peeker DevKit reading —
         *     and one on a Microsoft domain.
         *
         *     **Profile pictures: the docs disagree.** The user-name swaps guide [UNS] (the newer page,
         *     and the more specific one) says every persona carries the `profile_picture_url` key (a public
         *     URL, `null` or `""`) and that a private or local URL triggers `swap.action_required` with
         *     `profile_picture_not_accessible`. The API reference [S-UN] says the picture is "accepted but
         *     not currently applied". Peeker DevKit follows the guide: the linter warns about such a
         *     picture as it does for orders, and the emulator holds the swap at `action_required` with that
         *     pending action. Which rows a picture blocks, and where the action is listed, the docs don't
         *     say: the emulator blocks every row of the call (on a Google domain, like orders) and lists
         *     the action in `GET /orders/pending` under the domain's order.
         */
        post: operations["swapUserNames"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = {
    "order.in_progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "order.completed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "order.failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "order.action_required": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "order.cancel_scheduled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "order.cancelled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "domain.connected": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "domain.action_required": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "domain.forwarding_updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "domain.forwarding_failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "domain_import.completed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "domain_import.failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "domain_import.action_required": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "swap.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "swap.in_progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "swap.completed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "swap.failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "swap.action_required": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type components = {
    schemas: {
        /**
         * @description `req_` + an id. Peeker's example (`req_01HZX0E5K7N9P2Q4R6S8T0U1V3`) is ULID-like but not a strict ULID; the DevKit emulator issues strict ULIDs.
         * @example req_01HZX0E5K7N9P2Q4R6S8T0U1V3
         */
        RequestId: string;
        /**
         * @description Partner id (`org_…`).
         * @example org_01HZX0OG1A2B3C4D5E6F7G8H
         */
        PartnerId: string;
        /**
         * @description Customer id (`usr_…`).
         * @example usr_01HZX0C6Z3K4M5N6P7Q8R9S0
         */
        UserId: string;
        /**
         * @description Bundle id (`bun_…`).
         * @example bun_01HZX0BU1A2B3C4D5E6F7G8H
         */
        BundleId: string;
        /**
         * @description Order id (`ord_…`).
         * @example ord_01HZX0OR1A2B3C4D5E6F7G8H
         */
        OrderId: string;
        /**
         * @description Domain id (`dom_…`).
         * @example dom_01HZX0D01A2B3C4D5E6F7G8H
         */
        DomainId: string;
        /**
         * @description Domain import id (`imp_…`).
         * @example imp_01HZX0IM1A2B3C4D5E6F7G8H
         */
        ImportId: string;
        /**
         * @description Async import job id. The docs do not show its prefix; Peeker DevKit uses `imj_`.
         * @example imj_01HZX0IJ1A2B3C4D5E6F7G8H
         */
        ImportJobId: string;
        /**
         * @description Forwarding job id (`fwj_…`).
         * @example fwj_01HZX0FW1A2B3C4D5E6F7G8H
         */
        ForwardingJobId: string;
        /**
         * @description Swap id (`swp_…`).
         * @example swp_01HZX0SW1A2B3C4D5E6F7G8H
         */
        SwapId: string;
        /**
         * @description Pending action id (`act_…`).
         * @example act_01HZX0AC1A2B3C4D5E6F7G8H
         */
        PendingActionId: string;
        /**
         * @description Webhook event id (`evt_…`), stable across retries.
         * @example evt_01HZX0EV1A2B3C4D5E6F7G8H
         */
        EventId: string;
        /**
         * Format: date-time
         * @description ISO 8601 UTC timestamp.
         * @example 2026-05-08T12:00:00Z
         */
        Timestamp: string;
        /**
         * @description A registrable domain name such as `acme-mail.com`. Internationalized names may be sent in
         *     Unicode or punycode (`xn--…`, in any case, like the rest of the name: `XN--P1AI` is
         *     `xn--p1ai`); Peeker DevKit compares them case-, trailing-dot- and IDN-insensitively when it
         *     looks for duplicates. An ASCII label is letters, digits and inner hyphens, with hyphens as
         *     its 3rd and 4th characters only when it is an A-label (`xn--…`, in any case): `ab--c.com`
         *     is refused, as is a label whose Unicode form has them (`ab--ü.com`, `xn--ab---3ra.com`)
         *     or starts or ends with a hyphen (`-ü.com`, `xn----eha.com`), while `xn--bcher-kva.com` is
         *     valid. These hyphen rules are a Peeker DevKit assumption grounded in RFC 5891 §4.2.3.1
         *     (IDNA's registration profile, UTS #46 with CheckHyphens), which registries apply; Peeker's
         *     docs say nothing of them. An ASCII top-level domain is letters, or punycode. A label with
         *     other characters is judged by IDNA (UTS #46, as `domainToASCII` and browsers do it): the name must convert to punycode
         *     A-labels that are a valid name in turn, so both forms of a domain get one verdict
         *     (`l·l.cat` and `xn--ll-0ea.cat`, `ア・イ.jp`, `acme.भारत`, a Persian name with its
         *     zero-width non-joiner; also the symbols and emoji UTS #46 allows, `💩.la`, which many
         *     registries refuse). The pattern itself keeps out only whitespace, dots other than `.`
         *     (`。` is written `.`) and invisible characters IDNA would delete (a soft hyphen; the
         *     joiners U+200C and U+200D, which IDNA keeps where a script needs them, are allowed).
         *     Punycode that does not decode (`xn--a.com`), a label the Bidi rule refuses (`אa.com`), a
         *     joiner where no script needs one, or a Unicode name not in NFC is answered
         *     `400 invalid_request`, and label and name lengths are counted on the A-labels. In
         *     responses, Peeker DevKit's emulator returns every name normalized: lower-case, no trailing
         *     dot, internationalized labels as punycode A-labels (`Bücher.de.` comes back
         *     `xn--bcher-kva.de`; the docs do not say how Peeker echoes names), so a client that matches
         *     responses to the names it sent normalizes them the same way first.
         * @example acme-mail.com
         */
        DomainName: string;
        /**
         * @description A name to check for availability, as the customer typed it (a search box sends whatever it
         *     holds). Any string is accepted: one that is not a valid domain name (`acme_mail.com`, a
         *     URL, spaces, no TLD) or not registrable on its own (a sub-domain such as `mail.acme.com`)
         *     gets its own row `{available: false, reason: invalid}` [DS]. The 2,048-character ceiling
         *     (room for a pasted URL) is a Peeker DevKit assumption: the docs give none, and a longer
         *     entry is answered `400 invalid_request` for the batch.
         * @example acme-mail.com
         */
        DomainCandidate: string;
        /** @description A domain by id (`dom_…`) or by name. */
        DomainReference: components["schemas"]["DomainId"] | components["schemas"]["DomainName"];
        /**
         * Format: email
         * @description An email address. At most 254 characters, the longest address SMTP can carry (RFC 5321): a Peeker DevKit assumption, the docs give no limit.
         * @example client@example.com
         */
        Email: string;
        /**
         * @description An existing customer id (`usr_…`) or an email. With an email, the customer is reused if it exists and created otherwise.
         * @example client@example.com
         * @example usr_01HZX0C6Z3K4M5N6P7Q8R9S0
         */
        UserReference: components["schemas"]["UserId"] | components["schemas"]["Email"];
        /**
         * Format: uri
         * @description An absolute `http://` or `https://` URL.
         * @example https://acme.com
         */
        HttpUrl: string;
        /**
         * @description Where visitors of the domain are redirected, e.g. `https://acme.com`. Must be an http(s) URL.
         * @example https://acme.com
         */
        ForwardingUrl: components["schemas"]["HttpUrl"];
        /**
         * @description Mail provider.
         * @enum {string}
         */
        Provider: "google" | "microsoft";
        /**
         * @description Lower-case ISO 4217 currency code.
         * @example usd
         */
        Currency: string;
        /**
         * @description Google inboxes per domain (domain density): 2 → 40 Google sends per domain per day, 3 → 60. Default 2.
         * @default 2
         * @enum {integer}
         */
        GoogleInboxesPerDomain: 2 | 3;
        /**
         * @description `in_progress` → `completed` when every domain and inbox is live; `failed` on an unrecoverable
         *     error; `action_required` while a pending action blocks it; cancel → `cancel_scheduled` at once
         *     → `cancelled` at the end of the renewal period (`cancels_at`). (`cancelled` is inferred from
         *     the `order.cancelled` event.)
         * @enum {string}
         */
        OrderStatus: "in_progress" | "completed" | "failed" | "action_required" | "cancel_scheduled" | "cancelled";
        /**
         * @description `available` (inventory), `active` (connected and live), `action_required` (blocked). `in_progress` (being provisioned) and `failed` are Peeker DevKit assumptions; the full enum is not documented. The emulator sets `failed` on a domain that leaves its order (cancelled, or swapped out and kept warm) while a nameserver or replace-domain blocker on it was never cleared (raised or not yet), as it leaves (at the cancel request itself, or when the swap completes): it never went live, so it is not `active` and gets no `domain.connected`, until it is released to inventory.
         * @enum {string}
         */
        DomainStatus: "available" | "in_progress" | "active" | "action_required" | "failed";
        /**
         * @description `inventory`: ready, not on an order. `connected`: on an order.
         * @enum {string}
         */
        DomainCategory: "inventory" | "connected";
        /**
         * @description Import lifecycle: `in_progress` → `completed`; `action_required` while nameservers are not pointed; `failed` before any domain connected.
         * @enum {string}
         */
        DomainImportStatus: "in_progress" | "completed" | "action_required" | "failed";
        /**
         * @description Async import job status. Per-domain outcomes are in `domains[]`.
         * @enum {string}
         */
        ImportJobStatus: "in_progress" | "completed" | "failed";
        /**
         * @description `in_progress` → terminal `completed`, `partial_success` or `failed`.
         * @enum {string}
         */
        ForwardingJobStatus: "in_progress" | "completed" | "partial_success" | "failed";
        /**
         * @description A new swap starts `created`.
         * @enum {string}
         */
        SwapStatus: "created" | "in_progress" | "completed" | "failed" | "action_required";
        /**
         * @description `standard` retires the old domain at once; `premium` keeps it warm 14 days; `user_names` rows come from `POST /swaps/user_names`.
         * @enum {string}
         */
        SwapType: "standard" | "premium" | "user_names";
        /** @enum {string} */
        BundleStatus: "active" | "archived";
        /**
         * @description `deleted` customers stay readable and listed, but can't be changed or ordered for.
         * @enum {string}
         */
        UserStatus: "active" | "deleted";
        /** @enum {string} */
        PendingActionStatus: "open" | "resolved";
        /**
         * @description Why a resource is blocked. See `x-peeker-reasons` for how to resolve each.
         * @enum {string}
         */
        PendingActionReason: "update_nameservers" | "replace_domain" | "profile_picture_not_accessible";
        /**
         * @description `google_profile_picture` is documented; `nameservers` and `domain_replacement` are Peeker DevKit names for the other two reasons.
         * @enum {string}
         */
        PendingActionType: "google_profile_picture" | "nameservers" | "domain_replacement";
        /**
         * @description `test` for a `pk_test_` key, `live` for a `pk_live_` key (`live` is presumed).
         * @enum {string}
         */
        Environment: "test" | "live";
        /**
         * @description `full`: every write. `limited`: reads plus domain availability (and quote estimates). `read`: no writes.
         * @enum {string}
         */
        PermissionPreset: "full" | "limited" | "read";
        /**
         * @description Branch on this code, never on the message. See `x-peeker-error-codes` for status, meaning and what to do.
         * @enum {string}
         */
        ErrorCode: "invalid_request" | "unauthorized" | "forbidden" | "not_found" | "payload_too_large" | "rate_limited" | "order_shape_conflict" | "domain_count_mismatch" | "domain_already_in_active_order" | "domain_not_imported" | "premium_domain_not_supported" | "domain_not_usable_for_provider" | "internal_error";
        /**
         * Peeker error envelope
         * @description Every 4xx and 5xx response uses this envelope. Branch on `error.code`; `error.message` is for
         *     humans and its wording can change. `field` names the offending request field when there is
         *     one; `details` carries code-specific numbers (e.g. `retry_after_seconds` for `rate_limited`).
         * @example {
         *       "error": {
         *         "code": "domain_count_mismatch",
         *         "message": "Submitted domain count does not match the order plan",
         *         "field": "domains",
         *         "details": {
         *           "required_count": 4,
         *           "submitted_count": 2,
         *           "missing_count": 2
         *         }
         *       }
         *     }
         * @example {
         *       "error": {
         *         "code": "rate_limited",
         *         "message": "API rate limit exceeded",
         *         "details": {
         *           "retry_after_seconds": 12
         *         }
         *       }
         *     }
         */
        ErrorEnvelope: {
            error: {
                code: components["schemas"]["ErrorCode"];
                /** @description Human-readable; don't pattern-match it. */
                message: string;
                /** @description The request field at fault, e.g. `domains`, `personas[2].profile_picture_url`, `page_token`. */
                field?: string;
                /** @description Code-specific details. */
                details?: Record<string, never>;
            } & (unknown & unknown);
        };
        /**
         * Peeker list envelope
         * @description Every list endpoint returns this envelope. Keep calling `links.next` until it is `null`. There
         *     are no totals (`total`, `total_count`, …) — page to the end and count if you need one.
         * @example {
         *       "data": [],
         *       "links": {
         *         "first": "https://api.peeker.ai/partner/v1/orders?per_page=25",
         *         "next": null
         *       },
         *       "meta": {
         *         "path": "https://api.peeker.ai/partner/v1/orders",
         *         "per_page": 25,
         *         "returned": 0
         *       }
         *     }
         */
        ListEnvelope: {
            /** @description The rows of this page. */
            data: unknown[];
            links: {
                /**
                 * Format: uri
                 * @description The first page, with the original filters and `per_page`. Restart here if filters change.
                 */
                first: string;
                /**
                 * Format: uri
                 * @description The next page, or `null` on the last page. Follow it as is; never build a page_token yourself.
                 */
                next: string | null;
            };
            meta: {
                /**
                 * Format: uri
                 * @description The list's URL without query.
                 */
                path: string;
                /** @description The page size in force. */
                per_page: number;
                /** @description Rows in this page. */
                returned: number;
            };
        };
        /**
         * Peeker webhook event
         * @description Every webhook delivery is one event. Only `data` varies by `type` (the newer docs put the
         *     resource directly in `data`; the older ones nested it, e.g. `data.order`). The docs show
         *     `data` holding the resource's `id` and `status`, which every event's schema requires; more
         *     of the resource is the kit's reading, optional (the `…EventDataReading` schemas), except the
         *     forwarding job the forwarding guide documents. Verify the signature, dedupe on
         *     `Peeker-Event-Id` for 24 hours, answer 2xx within 10 seconds, and read `data.status` instead
         *     of trusting arrival order.
         */
        WebhookEventEnvelope: {
            id: components["schemas"]["EventId"];
            type: components["schemas"]["WebhookEventType"];
            created_at: components["schemas"]["Timestamp"];
            /** @description The resource the event is about. */
            data: Record<string, never>;
        };
        /** @enum {string} */
        WebhookEventType: "order.in_progress" | "order.completed" | "order.failed" | "order.action_required" | "order.cancel_scheduled" | "order.cancelled" | "domain.connected" | "domain.action_required" | "domain.forwarding_updated" | "domain.forwarding_failed" | "domain_import.completed" | "domain_import.failed" | "domain_import.action_required" | "swap.created" | "swap.in_progress" | "swap.completed" | "swap.failed" | "swap.action_required";
        /**
         * Persona
         * @description A person whose name drives the generated inbox usernames (Jane + Doe → `jane.doe@…`).
         * @example {
         *       "first_name": "Sam",
         *       "last_name": "Lee",
         *       "profile_picture_url": "https://cdn.acme.com/sam.jpg"
         *     }
         */
        Persona: {
            /**
             * @description First name. At most 100 characters (a Peeker DevKit assumption; the docs give no limit).
             * @example Sam
             */
            first_name: string;
            /**
             * @description Last name. At most 100 characters (a Peeker DevKit assumption; the docs give no limit).
             * @example Lee
             */
            last_name: string;
            /**
             * @description The Google profile picture's URL, or `""` for none: the key itself is required. The URL
             *     must be a public image: an invalid, private, local or unreachable URL raises the pending
             *     action `profile_picture_not_accessible` after the order is placed, or (per the user-name
             *     swaps guide [UNS]) after a user-name swap is created.
             *
             *     **https is Peeker DevKit's assumption.** The docs never require https; they list invalid,
             *     private, local or unreachable URLs only. The kit recommends https (its linter cautions
             *     that plain http may be refused), but its emulator raises no pending action for plain
             *     http on a public host.
             * @example https://cdn.acme.com/sam.jpg
             * @example
             */
            profile_picture_url: string | null;
        };
        /**
         * Persona (deprecated `users` item)
         * @deprecated
         * @description An item of the deprecated `users` list (May 2026 docs): a `Persona` whose
         *     `profile_picture_url` may be left out. The older create-order example sends
         *     `{"first_name": "Sam", "last_name": "Lee"}` and the older user-name swaps guide calls the
         *     picture optional, so such bodies are still understood (with a `deprecated_field` warning);
         *     migrating to `personas` adds `"profile_picture_url": ""` (no picture).
         * @example {
         *       "first_name": "Sam",
         *       "last_name": "Lee"
         *     }
         */
        LegacyPersona: {
            /**
             * @description First name (as on `Persona`). At most 100 characters (a Peeker DevKit assumption; the docs give no limit).
             * @example Sam
             */
            first_name: string;
            /**
             * @description Last name (as on `Persona`). At most 100 characters (a Peeker DevKit assumption; the docs give no limit).
             * @example Lee
             */
            last_name: string;
            /** @description Optional here; as on `Persona` when sent. */
            profile_picture_url?: string | null;
        };
        /**
         * @description A domain for the order: a name that inherits the order's `forwarding_url`, or `{domain, forwarding_url}` to override it.
         * @example acme-mail.com
         * @example {
         *       "domain": "team-acme.com",
         *       "forwarding_url": "https://team.acme.com"
         *     }
         */
        OrderDomain: components["schemas"]["DomainName"] | {
            domain: components["schemas"]["DomainName"];
            forwarding_url?: components["schemas"]["ForwardingUrl"];
        };
        /**
         * Sequencer routing
         * @description Where the inboxes are routed. The login pair is needed: a client id or API key alone is not enough for provider submission.
         * @example {
         *       "provider": "smartlead",
         *       "client_id": 366903,
         *       "login_email": "ops@acme.com",
         *       "login_password": "s3cret-Passw0rd"
         *     }
         */
        OrderSequencer: {
            /**
             * @description The sequencer the inboxes are routed to; only `smartlead` is documented.
             * @enum {string}
             */
            provider: "smartlead";
            /**
             * @description The Smartlead client id.
             * @example 366903
             */
            client_id: number;
            login_email: components["schemas"]["Email"];
            /** @description The Smartlead login password. */
            login_password: string;
        };
        /**
         * Customer (older shape)
         * @deprecated
         * @description Deprecated: the May 2026 docs sent the customer as an object. Send `user` as a string (an email or `usr_…` id) instead.
         */
        LegacyOrderUser: {
            email: components["schemas"]["Email"];
            first_name?: string;
            last_name?: string;
        };
        /**
         * Create order request
         * @description Body of `POST /orders`. Size the order **either** with `bundle_id` **or** with custom sizing
         *     (`google_licenses`, `microsoft_licenses`, `google_inboxes_per_domain`) — mixing them is
         *     `order_shape_conflict`. Send one `domains` entry per domain of the resolved plan, otherwise
         *     `domain_count_mismatch`. Up to 10 `personas`.
         *
         *     Older shapes (`user` object, `user_id`, `users`) are still understood but deprecated.
         * @example {
         *       "user": "client@example.com",
         *       "google_licenses": 4,
         *       "microsoft_licenses": 0,
         *       "google_inboxes_per_domain": 2,
         *       "sequencer": {
         *         "provider": "smartlead",
         *         "client_id": 366903,
         *         "login_email": "ops@acme.com",
         *         "login_password": "s3cret-Passw0rd"
         *       },
         *       "domains": [
         *         "acme-mail.com",
         *         {
         *           "domain": "team-acme.com",
         *           "forwarding_url": "https://team.acme.com"
         *         }
         *       ],
         *       "personas": [
         *         {
         *           "first_name": "Sam",
         *           "last_name": "Lee",
         *           "profile_picture_url": "https://cdn.acme.com/sam.jpg"
         *         }
         *       ],
         *       "forwarding_url": "https://acme.com"
         *     }
         * @example {
         *       "user": "usr_01HZX0C6Z3K4M5N6P7Q8R9S0",
         *       "bundle_id": "bun_01HZX0BU1A2B3C4D5E6F7G8H",
         *       "sequencer": {
         *         "provider": "smartlead",
         *         "client_id": 366903,
         *         "login_email": "ops@acme.com",
         *         "login_password": "s3cret-Passw0rd"
         *       },
         *       "domains": [
         *         "acme-mail.com",
         *         "team-acme.com"
         *       ],
         *       "personas": [
         *         {
         *           "first_name": "Sam",
         *           "last_name": "Lee",
         *           "profile_picture_url": ""
         *         }
         *       ]
         *     }
         */
        CreateOrderRequest: {
            /**
             * @description The customer: an existing `usr_…` id, or an email (the customer is reused if it exists, created otherwise).
             * @example client@example.com
             */
            user?: components["schemas"]["UserReference"] | components["schemas"]["LegacyOrderUser"];
            /**
             * @deprecated
             * @description Deprecated (May 2026 docs): the existing customer's id. Send it as `user` instead.
             */
            user_id?: components["schemas"]["UserId"];
            /** @description A saved bundle: its plan fixes the license counts and inbox density. Mutually exclusive with custom sizing. */
            bundle_id?: components["schemas"]["BundleId"];
            /**
             * @description Custom sizing: Google licenses. 1 license = 1 Google inbox = 20 sends/day.
             * @example 4
             */
            google_licenses?: number;
            /**
             * @description Custom sizing: Microsoft licenses. 1 license = 1 Microsoft domain = 250 sends/day.
             * @example 2
             */
            microsoft_licenses?: number;
            /**
             * @description Custom sizing: Google inbox density, 2 (default) or 3 inboxes per Google domain. The docs
             *     name "inboxes-per-domain" for custom orders without giving the field; Peeker DevKit uses the
             *     bundle field name.
             */
            google_inboxes_per_domain?: components["schemas"]["GoogleInboxesPerDomain"];
            /** @description Sequencer routing for the new inboxes: `{provider: "smartlead", client_id, login_email, login_password}`. The login pair is required. */
            sequencer: components["schemas"]["OrderSequencer"];
            /**
             * @description One entry per domain of the plan: bundle orders need the bundle's `required_domains.total`;
             *     custom orders need ceil(`google_licenses` ÷ `google_inboxes_per_domain`) Google domains plus
             *     `microsoft_licenses` Microsoft domains (the custom formula is a Peeker DevKit assumption).
             *     A domain the account does not hold yet must be a root domain (see `x-peeker-root-domains`).
             */
            domains: components["schemas"]["OrderDomain"][];
            /** @description Up to 10 people whose names become the inbox usernames. */
            personas?: components["schemas"]["Persona"][];
            /**
             * @deprecated
             * @description Deprecated (May 2026 docs) name of `personas`; its items may leave out `profile_picture_url`.
             */
            users?: components["schemas"]["LegacyPersona"][];
            /** @description Default redirect for every domain of the order (a domain object's own `forwarding_url` wins). */
            forwarding_url?: components["schemas"]["ForwardingUrl"];
        } & ((unknown | unknown) & (unknown | unknown) & (unknown | unknown | unknown) & unknown & unknown & unknown);
        /**
         * Cancel order request
         * @description Omit the body (or send `{}`) to cancel the whole order; send `domains` to cancel just those domains.
         * @example {
         *       "domains": [
         *         "acme-mail.com",
         *         "dom_01HZX0D01A2B3C4D5E6F7G8H"
         *       ]
         *     }
         */
        CancelOrderRequest: {
            /** @description Domains to cancel, each a `dom_…` id or a name. */
            domains?: components["schemas"]["DomainReference"][];
            /**
             * @deprecated
             * @description Deprecated (May 2026 docs): `{"scope": "order"}` cancelled every domain. Send no body instead.
             * @enum {string}
             */
            scope?: "order";
        } & unknown;
        /**
         * Create bundle request
         * @description A saved order size. Leave both percents out (or `null`) for Peeker's recommended split; if you set one, set both, summing to 100.
         * @example {
         *       "name": "Starter — 25k emails/month",
         *       "monthly_sending_volume": 25000
         *     }
         * @example {
         *       "name": "Growth — 100k",
         *       "monthly_sending_volume": 100000,
         *       "google_percent": 70,
         *       "microsoft_percent": 30,
         *       "send_on_weekends": false,
         *       "google_inboxes_per_domain": 2
         *     }
         */
        CreateBundleRequest: {
            /**
             * @description Display name. At most 200 characters (a Peeker DevKit assumption; the docs give no limit).
             * @example Starter — 25k emails/month
             */
            name: string;
            /**
             * @description Emails per month.
             * @example 25000
             */
            monthly_sending_volume: number;
            /** @description Share of volume sent from Google. Set together with `microsoft_percent`. */
            google_percent?: number | null;
            /** @description Share of volume sent from Microsoft. Set together with `google_percent`. */
            microsoft_percent?: number | null;
            /**
             * @description false → volume spread over 22 weekday sending days; true → over 30 days.
             * @default false
             */
            send_on_weekends: boolean;
            google_inboxes_per_domain?: components["schemas"]["GoogleInboxesPerDomain"];
            /**
             * @deprecated
             * @description Deprecated (May 2026 docs): display-only price.
             */
            customer_price_cents?: number;
            /**
             * @deprecated
             * @description Deprecated (May 2026 docs): 3-letter currency of `customer_price_cents`.
             */
            currency?: string;
        };
        /**
         * Update bundle request
         * @description Every field optional, but send at least one (an empty body is refused: a Peeker DevKit choice, see `x-peeker-empty-update`). Set both percents to `null` to go back to the recommended split.
         * @example {
         *       "google_percent": null,
         *       "microsoft_percent": null
         *     }
         */
        UpdateBundleRequest: {
            /** @description Display name. At most 200 characters (a Peeker DevKit assumption; the docs give no limit). */
            name?: string;
            monthly_sending_volume?: number;
            google_percent?: number | null;
            microsoft_percent?: number | null;
            send_on_weekends?: boolean;
            google_inboxes_per_domain?: components["schemas"]["GoogleInboxesPerDomain"];
            /**
             * @deprecated
             * @description Deprecated (May 2026 docs): display-only price.
             */
            customer_price_cents?: number;
            /**
             * @deprecated
             * @description Deprecated (May 2026 docs): 3-letter currency of `customer_price_cents`.
             */
            currency?: string;
        };
        UserSequencer: {
            /** @enum {string} */
            provider: "smartlead";
            /** @example 366903 */
            client_id: number;
        };
        /**
         * Create customer request
         * @description The email must be unique in your partner account.
         * @example {
         *       "email": "client@example.com",
         *       "first_name": "Casey",
         *       "last_name": "Doe",
         *       "sequencer": {
         *         "provider": "smartlead",
         *         "client_id": 366903
         *       }
         *     }
         */
        CreateUserRequest: {
            email: components["schemas"]["Email"];
            sequencer: components["schemas"]["UserSequencer"];
            /** @description At most 100 characters (a Peeker DevKit assumption; the docs give no limit). */
            first_name?: string;
            /** @description At most 100 characters (a Peeker DevKit assumption; the docs give no limit). */
            last_name?: string;
        };
        /**
         * Update customer routing request
         * @description Change a customer's email, names or sequencer routing. Every field optional, but send at least one (an empty body is refused: a Peeker DevKit choice, see `x-peeker-empty-update`).
         * @example {
         *       "sequencer": {
         *         "provider": "smartlead",
         *         "client_id": 366904
         *       }
         *     }
         */
        UpdateUserRequest: {
            email?: components["schemas"]["Email"];
            /** @description At most 100 characters (a Peeker DevKit assumption; the docs give no limit). */
            first_name?: string;
            /** @description At most 100 characters (a Peeker DevKit assumption; the docs give no limit). */
            last_name?: string;
            sequencer?: components["schemas"]["UserSequencer"];
        };
        /**
         * Domain availability request
         * @description Up to 50 domains per call (the older docs said 25). Each entry is a candidate as the customer typed it: a malformed or non-registrable one is not an error, it comes back as its own row `{available: false, reason: invalid}`.
         * @example {
         *       "domains": [
         *         "acme-mail.com",
         *         "team-acme.com"
         *       ]
         *     }
         */
        AvailabilityRequest: {
            domains: components["schemas"]["DomainCandidate"][];
        };
        /**
         * Import domains request
         * @description Root domains only (no `mail.acme.com`). For more than a handful, use `POST /domains/import/jobs`. The maximum of 100 per synchronous call is a Peeker DevKit assumption.
         * @example {
         *       "domains": [
         *         "acme-mail.com",
         *         "team-acme.com"
         *       ]
         *     }
         */
        ImportDomainsRequest: {
            /** @description Root domains to import. At most 100 per synchronous call (a Peeker DevKit assumption; the docs give no limit). */
            domains: components["schemas"]["DomainName"][];
        };
        /**
         * Import job request
         * @description Up to 500 root domains. Jobs dedupe on the normalized, sorted, unique domain set.
         * @example {
         *       "domains": [
         *         "acme-mail.com",
         *         "team-acme.com"
         *       ]
         *     }
         */
        ImportJobRequest: {
            domains: components["schemas"]["DomainName"][];
        };
        /**
         * Set domain forwarding request
         * @description Point up to 25 domains at one forwarding URL. For new orders, use `forwarding_url` on `POST /orders` instead.
         * @example {
         *       "domains": [
         *         "acme-mail.com",
         *         "dom_01HZX0D01A2B3C4D5E6F7G8H"
         *       ],
         *       "forwarding_url": "https://acme.com"
         *     }
         */
        ForwardingRequest: {
            /** @description Up to 25 domains, each a `dom_…` id or a name. */
            domains: components["schemas"]["DomainReference"][];
            forwarding_url: components["schemas"]["ForwardingUrl"];
        };
        /**
         * Create domain swap request
         * @description Replace one domain (`domain_id`) of an order with `replacement_domain`, which must be buyable from a partner registrar or already imported by the customer.
         * @example {
         *       "type": "standard",
         *       "domain_id": "dom_01HZX0D01A2B3C4D5E6F7G8H",
         *       "replacement_domain": "acme-fresh.com"
         *     }
         */
        CreateSwapRequest: {
            /**
             * @description The kind of swap, `standard` or `premium`. `standard` retires the old domain at once; `premium` keeps it warm 14 days (Microsoft domains only).
             * @enum {string}
             */
            type: "standard" | "premium";
            domain_id: components["schemas"]["DomainId"];
            /** @description The domain swapped in. One the account does not hold yet must be a root domain (see `x-peeker-root-domains`). */
            replacement_domain: components["schemas"]["DomainName"];
        };
        /**
         * Change user names request
         * @description Rename the people behind every inbox of one domain (`domain_id`). The domain keeps its warmup history.
         * @example {
         *       "domain_id": "dom_01HZX0D01A2B3C4D5E6F7G8H",
         *       "personas": [
         *         {
         *           "first_name": "Jane",
         *           "last_name": "Doe",
         *           "profile_picture_url": ""
         *         }
         *       ]
         *     }
         */
        UserNameSwapRequest: {
            domain_id: components["schemas"]["DomainId"];
            /** @description At most 10, the cap the docs give for orders (a Peeker DevKit assumption here; the user-name swap docs give no limit). */
            personas?: components["schemas"]["Persona"][];
            /**
             * @deprecated
             * @description Deprecated name of `personas`; its items may leave out `profile_picture_url`. At most 10, as for orders (a Peeker DevKit assumption here).
             */
            users?: components["schemas"]["LegacyPersona"][];
        } & ((unknown | unknown) & unknown);
        Me: {
            api_key: {
                environment: components["schemas"]["Environment"];
                permission_preset: components["schemas"]["PermissionPreset"];
            };
            partner: {
                id: components["schemas"]["PartnerId"];
                name: string;
            };
        };
        OrderCosts: {
            total_cents: number;
            currency: components["schemas"]["Currency"];
            line_items?: {
                /** @enum {string} */
                type: "google_license" | "microsoft_license" | "domain_registration";
                quantity: number;
                amount_cents: number;
            }[];
        };
        /**
         * Order receipt
         * @description The lean order receipt returned by `POST /orders` and as `GET /orders` rows.
         */
        Order: {
            id: components["schemas"]["OrderId"];
            user_id: components["schemas"]["UserId"];
            email: components["schemas"]["Email"];
            /** @description `null` for custom orders. */
            bundle_id: components["schemas"]["BundleId"] | null;
            status: components["schemas"]["OrderStatus"];
            domain_count: number;
            costs: components["schemas"]["OrderCosts"];
            /** @description The order's next renewal. The docs show only a new order's, one month after `created_at`. */
            renews_at?: components["schemas"]["Timestamp"];
            created_at: components["schemas"]["Timestamp"];
        };
        /**
         * Order
         * @description The full order (`GET /orders/{id}`, `order.completed`). The shape follows the older docs' cancel example, with `personas` for the older `users`.
         */
        OrderDetail: {
            domains: components["schemas"]["OrderDomains"];
            personas: components["schemas"]["Persona"][];
            /** @description When a scheduled cancellation finalizes: the end of the renewal period ([CAN new]). */
            cancels_at?: components["schemas"]["Timestamp"] | null;
        } & components["schemas"]["Order"];
        /** @description The domain names of a full order, by how they came to it. */
        OrderDomains: {
            /** @description Domains Peeker bought for this order. */
            registered: components["schemas"]["DomainName"][];
            /** @description Domains the customer imported. */
            imported: components["schemas"]["DomainName"][];
        };
        CancellationSchedule: {
            id: components["schemas"]["OrderId"];
            /** @constant */
            status: "cancel_scheduled";
            /** @description When the cancellation that ends at `cancels_at` was asked for. */
            cancellation_scheduled_at: components["schemas"]["Timestamp"];
            /** @description When the cancellation takes effect and the inboxes are deleted: the end of the renewal period (30 days after `cancellation_scheduled_at` in the docs' example). The DevKit emulator compresses it to one hour. When the listed domains end at different times, the latest of them. */
            cancels_at: components["schemas"]["Timestamp"];
            domains: {
                id: components["schemas"]["DomainId"];
                domain: components["schemas"]["DomainName"];
                /** @description When this domain goes: the partial cancellation that scheduled it first, or the whole order's `cancels_at`. */
                cancels_at?: components["schemas"]["Timestamp"];
            }[];
        };
        /**
         * @example {
         *       "id": "act_01HZX0AC1A2B3C4D5E6F7G8H",
         *       "type": "google_profile_picture",
         *       "reason": "profile_picture_not_accessible",
         *       "status": "open",
         *       "domain_id": "dom_01HZX0D01A2B3C4D5E6F7G8H",
         *       "domain": "acme-mail.com",
         *       "user": {
         *         "first_name": "Sam",
         *         "last_name": "Lee",
         *         "profile_picture_url": "https://cdn.acme.com/sam.jpg"
         *       },
         *       "message": "The profile picture URL must be a publicly accessible image URL.",
         *       "created_at": "2026-05-08T12:00:00Z"
         *     }
         */
        PendingAction: {
            id: components["schemas"]["PendingActionId"];
            type: components["schemas"]["PendingActionType"];
            reason: components["schemas"]["PendingActionReason"];
            status: components["schemas"]["PendingActionStatus"];
            /** @description The blocked order (filterable; not shown in the docs' row example). For a user-name swap's picture action, the order of the swap's domain (a Peeker DevKit choice: the docs don't say where a swap's action is listed). */
            order_id?: components["schemas"]["OrderId"];
            domain_id?: components["schemas"]["DomainId"];
            domain?: components["schemas"]["DomainName"];
            /** @description The persona concerned (for `profile_picture_not_accessible`). */
            user?: {
                first_name?: string;
                last_name?: string;
                profile_picture_url?: string | null;
            } | null;
            message: string;
            created_at: components["schemas"]["Timestamp"];
            resolved_at?: components["schemas"]["Timestamp"] | null;
        };
        /**
         * @example {
         *       "id": "bun_01HZX0BU1A2B3C4D5E6F7G8H",
         *       "name": "Starter — 25k emails/month",
         *       "monthly_sending_volume": 25000,
         *       "google_percent": null,
         *       "microsoft_percent": null,
         *       "send_on_weekends": false,
         *       "google_inboxes_per_domain": 2,
         *       "status": "active",
         *       "effective": {
         *         "google_percent": 50,
         *         "microsoft_percent": 50
         *       },
         *       "required_domains": {
         *         "google": 15,
         *         "microsoft": 4,
         *         "total": 19
         *       },
         *       "created_at": "2026-05-08T12:00:00Z"
         *     }
         */
        Bundle: {
            id: components["schemas"]["BundleId"];
            name: string;
            monthly_sending_volume: number;
            google_percent: number | null;
            microsoft_percent: number | null;
            send_on_weekends: boolean;
            google_inboxes_per_domain: components["schemas"]["GoogleInboxesPerDomain"];
            status: components["schemas"]["BundleStatus"];
            effective: {
                google_percent: number;
                microsoft_percent: number;
            };
            /** @description How many Google and Microsoft domains an order with this bundle must send. */
            required_domains: {
                google: number;
                microsoft: number;
                total: number;
            };
            created_at: components["schemas"]["Timestamp"];
        };
        User: {
            id: components["schemas"]["UserId"];
            email: components["schemas"]["Email"];
            first_name?: string | null;
            last_name?: string | null;
            status: components["schemas"]["UserStatus"];
            sequencer?: components["schemas"]["UserSequencer"] | null;
            created_at: components["schemas"]["Timestamp"];
        };
        /** @description Inventory rows omit `provider`, `user_id`, `order_id` and `forwarding_url`. */
        Domain: {
            id: components["schemas"]["DomainId"];
            domain: components["schemas"]["DomainName"];
            category: components["schemas"]["DomainCategory"];
            status: components["schemas"]["DomainStatus"];
            provider?: components["schemas"]["Provider"];
            user_id?: components["schemas"]["UserId"];
            order_id?: components["schemas"]["OrderId"];
            usable_for: components["schemas"]["Provider"][];
            forwarding_url?: string | null;
            created_at: components["schemas"]["Timestamp"];
        };
        /** @description One row of an availability answer. */
        AvailabilityResult: {
            /** @description The requested name, normalized (lower-case, no trailing dot, internationalized labels in punycode). On a `reason: invalid` row, the entry exactly as sent: it may not be a domain name at all (echoing it is a Peeker DevKit assumption). */
            domain: string;
            available: boolean;
            /** @description Premium domains are not orderable through the API. */
            premium: boolean;
            /** @description First-year registration price. */
            price_cents?: number;
            /** @description Yearly renewal price. */
            renewal_price_cents?: number;
            currency?: components["schemas"]["Currency"];
            usable_for?: components["schemas"]["Provider"][];
            /**
             * @description Only when `available` is false. `invalid`: the entry is not a valid domain name, or not registrable on its own (a sub-domain); such a row has no price. Peeker DevKit (lint, emulator) tells a sub-domain from a root by a small public-suffix heuristic: `acme.co.uk` is a root, `mail.acme.com` is not.
             * @enum {string}
             */
            reason?: "taken" | "premium" | "invalid" | "errored" | "stale";
        };
        /** @description Nameservers the customer must set at their registrar, and the domains they apply to. The exact JSON shape is not documented (the docs name groups like "helena/idris"). */
        NameserverGroup: {
            /**
             * @example [
             *       "helena.ns.cloudflare.com",
             *       "idris.ns.cloudflare.com"
             *     ]
             */
            nameservers: string[];
            domains: components["schemas"]["DomainName"][];
        };
        /** @description A synchronous domain import. The docs give its statuses and `nameserver_groups` but not its JSON shape; this shape is a Peeker DevKit assumption. */
        DomainImport: {
            id: components["schemas"]["ImportId"];
            status: components["schemas"]["DomainImportStatus"];
            domains: components["schemas"]["DomainImportRow"][];
            nameserver_groups: components["schemas"]["NameserverGroup"][];
            created_at: components["schemas"]["Timestamp"];
            completed_at?: components["schemas"]["Timestamp"] | null;
        };
        /** @description One domain of a synchronous import, with its own status. */
        DomainImportRow: {
            domain: components["schemas"]["DomainName"];
            status: components["schemas"]["DomainImportStatus"];
            /** @description Why this domain failed. */
            reason?: string;
        };
        /** @description An async bulk import job. The docs do not show its JSON shape; this one (counts plus one row per domain) is a Peeker DevKit assumption. */
        ImportJob: {
            id: components["schemas"]["ImportJobId"];
            status: components["schemas"]["ImportJobStatus"];
            domain_count: number;
            completed_count: number;
            failed_count: number;
            domains: {
                domain: components["schemas"]["DomainName"];
                /** @enum {string} */
                status: "in_progress" | "completed" | "failed";
                import_id?: components["schemas"]["ImportId"];
                /** @description Why the domain failed, e.g. `not_root_domain`. */
                reason?: string;
            }[];
            created_at: components["schemas"]["Timestamp"];
        };
        ForwardingJob: {
            id: components["schemas"]["ForwardingJobId"];
            status: components["schemas"]["ForwardingJobStatus"];
            completed_count: number;
            failed_count: number;
            forwarding_url: string;
            completed: components["schemas"]["DomainName"][];
            failed: {
                domain: components["schemas"]["DomainName"];
                /** @enum {string} */
                reason: "dns_lookup_failed" | "target_unreachable" | "invalid_target";
            }[];
            created_at: components["schemas"]["Timestamp"];
            completed_at?: components["schemas"]["Timestamp"] | null;
        };
        Swap: {
            id: components["schemas"]["SwapId"];
            type: components["schemas"]["SwapType"];
            domain_id: components["schemas"]["DomainId"];
            /** @description `null` for `user_names` swaps. */
            replacement_domain: components["schemas"]["DomainName"] | null;
            status: components["schemas"]["SwapStatus"];
            created_at: components["schemas"]["Timestamp"];
        };
        OrderList: {
            data?: components["schemas"]["Order"][];
        } & components["schemas"]["ListEnvelope"];
        PendingActionList: {
            data?: components["schemas"]["PendingAction"][];
        } & components["schemas"]["ListEnvelope"];
        BundleList: {
            data?: components["schemas"]["Bundle"][];
        } & components["schemas"]["ListEnvelope"];
        UserList: {
            data?: components["schemas"]["User"][];
        } & components["schemas"]["ListEnvelope"];
        DomainList: {
            data?: components["schemas"]["Domain"][];
        } & components["schemas"]["ListEnvelope"];
        DomainImportList: {
            data?: components["schemas"]["DomainImport"][];
        } & components["schemas"]["ListEnvelope"];
        SwapList: {
            data?: components["schemas"]["Swap"][];
        } & components["schemas"]["ListEnvelope"];
        /**
         * Order event data
         * @description What an order event's `data` is documented to hold: the order's `id` and `status` (the docs'
         *     `order.in_progress` example; read `data.status` instead of trusting arrival order). Any other
         *     field is the order receipt's, optional: see `OrderEventDataReading`.
         */
        OrderEventData: {
            id: components["schemas"]["OrderId"];
            status: components["schemas"]["OrderStatus"];
        } & components["schemas"]["OrderEventDataReading"];
        /**
         * Order event data (the kit's reading)
         * @description The rest of the order receipt (`Order`), which Peeker DevKit reads "the resource the event is
         *     about" as, and which its emulator sends. The docs show none of these fields in an event, so
         *     each is optional: a delivery with only `id` and `status` matches the contract.
         */
        OrderEventDataReading: {
            user_id?: components["schemas"]["UserId"];
            email?: components["schemas"]["Email"];
            /** @description `null` for custom orders. */
            bundle_id?: components["schemas"]["BundleId"] | null;
            domain_count?: number;
            costs?: components["schemas"]["OrderCosts"];
            /** @description The order's next renewal. The docs show only a new order's, one month after `created_at`. */
            renews_at?: components["schemas"]["Timestamp"];
            created_at?: components["schemas"]["Timestamp"];
        };
        /**
         * order.completed event data
         * @description The docs say `order.completed` carries the full provisioned order, but show neither it nor
         *     `GET /orders/{id}`. Beyond the documented `id` and `status`, Peeker DevKit reads it as the
         *     full order (`OrderDetail`: line items, domain names, personas), every field optional.
         */
        OrderCompletedEventData: {
            domains?: components["schemas"]["OrderDomains"];
            personas?: components["schemas"]["Persona"][];
            /** @description When a scheduled cancellation finalizes: the end of the renewal period ([CAN new]). */
            cancels_at?: components["schemas"]["Timestamp"] | null;
        } & components["schemas"]["OrderEventData"];
        /**
         * order.cancel_scheduled event data
         * @description An order event's data with the `cancels_at` the event's description points at: when the
         *     order is cancelled (a whole-order cancel), or when the last of its scheduled partial
         *     cancellations ends (then `status` is the order's own). The docs show no field of this event
         *     but the documented `id` and `status`, so `cancels_at` is optional here (a Peeker DevKit
         *     assumption); the DevKit emulator always sends it, and `GET /orders/{id}` has it too.
         */
        OrderCancelScheduledEventData: {
            /** @description When the scheduled cancellation finalizes (the order's `cancels_at`). */
            cancels_at?: components["schemas"]["Timestamp"];
        } & components["schemas"]["OrderEventData"];
        /**
         * order.cancelled event data
         * @description An order event's data with the order's `cancels_at`: when the cancellation finalized, the
         *     time `order.cancel_scheduled` announced (a cancelled order keeps it, as `GET /orders/{id}`
         *     shows). The docs show no field of this event but the documented `id` and `status`, so
         *     `cancels_at` is optional here (a Peeker DevKit assumption); the DevKit emulator always sends it.
         */
        OrderCancelledEventData: {
            /** @description When the cancellation finalized (the order's `cancels_at`). */
            cancels_at?: components["schemas"]["Timestamp"];
        } & components["schemas"]["OrderEventData"];
        /**
         * order.action_required event data
         * @description An order event's data, which the older docs gave the open actions (`pending_actions[]`). The newer docs say to fetch them from `GET /orders/pending`, so they are optional; the DevKit emulator sends both.
         */
        OrderActionRequiredEventData: {
            /** @description The open actions (older docs). The newer docs say to fetch them from `GET /orders/pending`. */
            pending_actions?: components["schemas"]["PendingAction"][];
        } & components["schemas"]["OrderEventData"];
        /**
         * Domain event data
         * @description What a domain event's `data` is documented to hold: the domain's `id` and `status` (only
         *     `data` varies by type, and handlers read `data.status` — the docs' example is a
         *     `domain.connected` arriving before its order's `order.in_progress`). Any other field is the
         *     domain row's, optional: see `DomainEventDataReading`.
         */
        DomainEventData: {
            id: components["schemas"]["DomainId"];
            status: components["schemas"]["DomainStatus"];
        } & components["schemas"]["DomainEventDataReading"];
        /**
         * Domain event data (the kit's reading)
         * @description The rest of the domain row (`Domain`), which Peeker DevKit reads "the resource the event is about" as, and which its emulator sends. The docs show none of these fields in an event, so each is optional.
         */
        DomainEventDataReading: {
            domain?: components["schemas"]["DomainName"];
            category?: components["schemas"]["DomainCategory"];
            provider?: components["schemas"]["Provider"];
            user_id?: components["schemas"]["UserId"];
            order_id?: components["schemas"]["OrderId"];
            usable_for?: components["schemas"]["Provider"][];
            forwarding_url?: string | null;
            created_at?: components["schemas"]["Timestamp"];
        };
        /**
         * Domain import event data
         * @description What a `domain_import.*` event's `data` is documented to hold: the import's `id` and `status`
         *     (only `data` varies by type; handlers read `data.status`). Any other field is the import's,
         *     optional: see `DomainImportEventDataReading`.
         */
        DomainImportEventData: {
            id: components["schemas"]["ImportId"];
            status: components["schemas"]["DomainImportStatus"];
        } & components["schemas"]["DomainImportEventDataReading"];
        /**
         * Domain import event data (the kit's reading)
         * @description The rest of the import (`DomainImport`, itself a Peeker DevKit assumption), which its emulator sends. The docs show none of these fields in an event, so each is optional.
         */
        DomainImportEventDataReading: {
            domains?: components["schemas"]["DomainImportRow"][];
            nameserver_groups?: components["schemas"]["NameserverGroup"][];
            created_at?: components["schemas"]["Timestamp"];
            completed_at?: components["schemas"]["Timestamp"] | null;
        };
        /**
         * Swap event data
         * @description What a `swap.*` event's `data` is documented to hold: the swap's `id` and `status` (only
         *     `data` varies by type; handlers read `data.status`). Any other field is the swap row's,
         *     optional: see `SwapEventDataReading`.
         */
        SwapEventData: {
            id: components["schemas"]["SwapId"];
            status: components["schemas"]["SwapStatus"];
        } & components["schemas"]["SwapEventDataReading"];
        /**
         * Swap event data (the kit's reading)
         * @description The rest of the swap row (`Swap`), which Peeker DevKit reads "the resource the event is about" as, and which its emulator sends. The docs show none of these fields in an event, so each is optional.
         */
        SwapEventDataReading: {
            type?: components["schemas"]["SwapType"];
            domain_id?: components["schemas"]["DomainId"];
            /** @description `null` for `user_names` swaps. */
            replacement_domain?: components["schemas"]["DomainName"] | null;
            created_at?: components["schemas"]["Timestamp"];
        };
        /**
         * order.in_progress event
         * @description Order accepted and provisioning started. There is no `order.created` event.
         * @example {
         *       "id": "evt_01HZX0EV1A2B3C4D5E6F7G8H",
         *       "type": "order.in_progress",
         *       "created_at": "2026-05-08T12:00:00Z",
         *       "data": {
         *         "id": "ord_01HZX0OR1A2B3C4D5E6F7G8H",
         *         "status": "in_progress"
         *       }
         *     }
         */
        OrderInProgressEvent: {
            /** @constant */
            type: "order.in_progress";
            data: components["schemas"]["OrderEventData"];
        } & WithRequired<components["schemas"]["WebhookEventEnvelope"], "id" | "type" | "created_at" | "data">;
        /**
         * order.completed event
         * @description Every domain and inbox is live. The payload is the full provisioned order.
         */
        OrderCompletedEvent: {
            /** @constant */
            type: "order.completed";
            data: components["schemas"]["OrderCompletedEventData"];
        } & WithRequired<components["schemas"]["WebhookEventEnvelope"], "id" | "type" | "created_at" | "data">;
        /**
         * order.failed event
         * @description Unrecoverable provisioning error.
         */
        OrderFailedEvent: {
            /** @constant */
            type: "order.failed";
            data: components["schemas"]["OrderEventData"];
        } & WithRequired<components["schemas"]["WebhookEventEnvelope"], "id" | "type" | "created_at" | "data">;
        /**
         * order.action_required event
         * @description The order needs partner attention. Fetch the open rows from `GET /orders/pending` (the older docs embedded them as `data.pending_actions[]`).
         */
        OrderActionRequiredEvent: {
            /** @constant */
            type: "order.action_required";
            data: components["schemas"]["OrderActionRequiredEventData"];
        } & WithRequired<components["schemas"]["WebhookEventEnvelope"], "id" | "type" | "created_at" | "data">;
        /**
         * order.cancel_scheduled event
         * @description Cancellation accepted; it finalizes at `cancels_at`, the end of the renewal period.
         */
        OrderCancelScheduledEvent: {
            /** @constant */
            type: "order.cancel_scheduled";
            data: components["schemas"]["OrderCancelScheduledEventData"];
        } & WithRequired<components["schemas"]["WebhookEventEnvelope"], "id" | "type" | "created_at" | "data">;
        /**
         * order.cancelled event
         * @description Cancellation done; the domains are released and reusable.
         */
        OrderCancelledEvent: {
            /** @constant */
            type: "order.cancelled";
            data: components["schemas"]["OrderCancelledEventData"];
        } & WithRequired<components["schemas"]["WebhookEventEnvelope"], "id" | "type" | "created_at" | "data">;
        /**
         * domain.connected event
         * @description The domain is fully provisioned with its mail provider. May arrive before its order's `order.in_progress`.
         */
        DomainConnectedEvent: {
            /** @constant */
            type: "domain.connected";
            data: components["schemas"]["DomainEventData"];
        } & WithRequired<components["schemas"]["WebhookEventEnvelope"], "id" | "type" | "created_at" | "data">;
        /**
         * domain.action_required event
         * @description The domain is blocked, e.g. nameservers not switched.
         */
        DomainActionRequiredEvent: {
            /** @constant */
            type: "domain.action_required";
            data: components["schemas"]["DomainEventData"];
        } & WithRequired<components["schemas"]["WebhookEventEnvelope"], "id" | "type" | "created_at" | "data">;
        /**
         * domain.forwarding_updated event
         * @description A forwarding change was applied. Carries the forwarding job, as `GET /domains/forwarding/{id}` does.
         */
        DomainForwardingUpdatedEvent: {
            /** @constant */
            type: "domain.forwarding_updated";
            data: components["schemas"]["ForwardingJob"];
        } & WithRequired<components["schemas"]["WebhookEventEnvelope"], "id" | "type" | "created_at" | "data">;
        /**
         * domain.forwarding_failed event
         * @description A forwarding change failed (DNS lookup failure, invalid target). Carries the forwarding job.
         */
        DomainForwardingFailedEvent: {
            /** @constant */
            type: "domain.forwarding_failed";
            data: components["schemas"]["ForwardingJob"];
        } & WithRequired<components["schemas"]["WebhookEventEnvelope"], "id" | "type" | "created_at" | "data">;
        /**
         * domain_import.completed event
         * @description Every domain in the import finished.
         */
        DomainImportCompletedEvent: {
            /** @constant */
            type: "domain_import.completed";
            data: components["schemas"]["DomainImportEventData"];
        } & WithRequired<components["schemas"]["WebhookEventEnvelope"], "id" | "type" | "created_at" | "data">;
        /**
         * domain_import.failed event
         * @description The import failed before any domain connected.
         */
        DomainImportFailedEvent: {
            /** @constant */
            type: "domain_import.failed";
            data: components["schemas"]["DomainImportEventData"];
        } & WithRequired<components["schemas"]["WebhookEventEnvelope"], "id" | "type" | "created_at" | "data">;
        /**
         * domain_import.action_required event
         * @description The customer hasn't pointed nameservers yet: show them the same `nameserver_groups` again.
         */
        DomainImportActionRequiredEvent: {
            /** @constant */
            type: "domain_import.action_required";
            data: components["schemas"]["DomainImportEventData"];
        } & WithRequired<components["schemas"]["WebhookEventEnvelope"], "id" | "type" | "created_at" | "data">;
        /**
         * swap.created event
         * @description Right after `POST /swaps` is accepted.
         */
        SwapCreatedEvent: {
            /** @constant */
            type: "swap.created";
            data: components["schemas"]["SwapEventData"];
        } & WithRequired<components["schemas"]["WebhookEventEnvelope"], "id" | "type" | "created_at" | "data">;
        /**
         * swap.in_progress event
         * @description Workers picked the swap up.
         */
        SwapInProgressEvent: {
            /** @constant */
            type: "swap.in_progress";
            data: components["schemas"]["SwapEventData"];
        } & WithRequired<components["schemas"]["WebhookEventEnvelope"], "id" | "type" | "created_at" | "data">;
        /**
         * swap.completed event
         * @description The new domain is live; the old one is detached (or kept warm 14 days for premium).
         */
        SwapCompletedEvent: {
            /** @constant */
            type: "swap.completed";
            data: components["schemas"]["SwapEventData"];
        } & WithRequired<components["schemas"]["WebhookEventEnvelope"], "id" | "type" | "created_at" | "data">;
        /**
         * swap.failed event
         * @description Unrecoverable error.
         */
        SwapFailedEvent: {
            /** @constant */
            type: "swap.failed";
            data: components["schemas"]["SwapEventData"];
        } & WithRequired<components["schemas"]["WebhookEventEnvelope"], "id" | "type" | "created_at" | "data">;
        /**
         * swap.action_required event
         * @description Blocked on partner input, usually a replacement domain that is not imported: import it, then `POST /swaps` again. A user-name swap with a private or local persona picture is blocked too, with the pending action `profile_picture_not_accessible` (the guide [UNS]; see `POST /swaps/user_names` for the reference page that disagrees).
         */
        SwapActionRequiredEvent: {
            /** @constant */
            type: "swap.action_required";
            data: components["schemas"]["SwapEventData"];
        } & WithRequired<components["schemas"]["WebhookEventEnvelope"], "id" | "type" | "created_at" | "data">;
    };
    responses: {
        /** @description 400 — the request is invalid; `error.field` points to the offender (a body field or a query parameter). Fix the request, don't retry. */
        BadRequest: {
            headers: {
                "Peeker-Request-Id": components["headers"]["Peeker-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "invalid_request",
                 *         "message": "per_page must be an integer between 1 and 100",
                 *         "field": "per_page"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description 400 — the order body is invalid or cannot be provisioned as sent. Branch on `error.code`. */
        OrderRejected: {
            headers: {
                "Peeker-Request-Id": components["headers"]["Peeker-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description 401 `unauthorized` — the key is missing, malformed or revoked. Check the Authorization header. */
        Unauthorized: {
            headers: {
                "Peeker-Request-Id": components["headers"]["Peeker-Request-Id"];
                /** @description The scheme to authenticate with, `Bearer` (HTTP requires this challenge on every 401, RFC 9110 §11.6.1). The Peeker docs do not show it: the emulator sends it as HTTP asks, and the contract suite does not require it of a sandbox. */
                "WWW-Authenticate"?: "Bearer";
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "unauthorized",
                 *         "message": "Missing or invalid API key"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description 403 `forbidden` — the key is valid but its preset does not permit this action. Use a full preset key. */
        Forbidden: {
            headers: {
                "Peeker-Request-Id": components["headers"]["Peeker-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "forbidden",
                 *         "message": "This key's read preset does not permit POST /orders"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description 404 `not_found` — no matching record in this account. 404 is account-scoped: don't retry with another key. */
        NotFound: {
            headers: {
                "Peeker-Request-Id": components["headers"]["Peeker-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "not_found",
                 *         "message": "No order ord_01HZX0OR1A2B3C4D5E6F7G8H in this account",
                 *         "field": "id"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description 413 `payload_too_large` — the body is over 1 MB (`details.limit_bytes`), or the request headers are over 16 KB or more than 1000. Split the request, or send fewer or shorter headers. */
        PayloadTooLarge: {
            headers: {
                "Peeker-Request-Id": components["headers"]["Peeker-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "payload_too_large",
                 *         "message": "Request body is larger than 1048576 bytes"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description 429 `rate_limited` — 600 requests/min per key exceeded (or live synchronous import capacity is busy). Wait `details.retry_after_seconds`, then retry. */
        RateLimited: {
            headers: {
                "Peeker-Request-Id": components["headers"]["Peeker-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "rate_limited",
                 *         "message": "API rate limit exceeded",
                 *         "details": {
                 *           "retry_after_seconds": 12
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description 500 `internal_error` — unexpected server error. Retry with exponential backoff; if it persists, open a ticket with the Peeker-Request-Id. */
        InternalError: {
            headers: {
                "Peeker-Request-Id": components["headers"]["Peeker-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "internal_error",
                 *         "message": "Unexpected server error"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description Any 2xx acknowledges the delivery; answer within 10 seconds. Otherwise Peeker retries (5 attempts over 24 hours, exponential backoff). */
        WebhookAccepted: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
    };
    parameters: {
        /** @description Page size, 1–100. Default 25; use 100 for backfills. */
        PerPage: number;
        /**
         * @description Opaque, server-signed cursor taken from `links.next`. It encodes the cursor and the filters of
         *     the original request: never build or decode it. Reusing it with different filters →
         *     400 `invalid_request` with `field: "page_token"`; restart from `links.first`.
         */
        PageToken: string;
        /** @description The order id (`ord_…`). */
        OrderIdPath: components["schemas"]["OrderId"];
        /** @description The bundle id (`bun_…`). */
        BundleIdPath: components["schemas"]["BundleId"];
        /** @description The customer id (`usr_…`). */
        UserIdPath: components["schemas"]["UserId"];
        /** @description The import id (`imp_…`). */
        ImportIdPath: components["schemas"]["ImportId"];
        /** @description The import job id (`imj_…`). */
        ImportJobIdPath: components["schemas"]["ImportJobId"];
        /** @description The forwarding job id (`fwj_…`). */
        ForwardingJobIdPath: components["schemas"]["ForwardingJobId"];
        /** @description The swap id (`swp_…`). */
        SwapIdPath: components["schemas"]["SwapId"];
        /** @description Stable per logical event (the same across retries). Dedupe on it for at least 24 hours. */
        PeekerEventId: components["schemas"]["EventId"];
        /** @description Unix time in seconds when Peeker signed the body. Reject deliveries more than 5 minutes away from your clock. */
        PeekerTimestamp: string;
        /**
         * @description `v1=<lowercase hex HMAC-SHA256>` keyed with the webhook secret; the `v1` prefix allows
         *     algorithm rotation. Peeker DevKit assumes the signed string is `"<Peeker-Timestamp>.<raw body>"`
         *     (the exact string is not in the stored docs) and accepts several comma- or space-separated
         *     `v1=` entries during secret rotation. Compare in constant time.
         */
        PeekerSignature: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description Identifies this exact call for Peeker support. Present on every response, success or error.
         *     Log it with the request URL, status code and error body.
         */
        "Peeker-Request-Id": components["schemas"]["RequestId"];
    };
    pathItems: {
        OrderInProgressEvent: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            get?: never;
            put?: never;
            /**
             * order.in_progress
             * @description Order accepted and provisioning started. There is no `order.created` event.
             */
            post: operations["receive_order_in_progress"];
            delete?: never;
            options?: never;
            head?: never;
            patch?: never;
            trace?: never;
        };
        OrderCompletedEvent: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            get?: never;
            put?: never;
            /**
             * order.completed
             * @description Every domain and inbox is live. The payload is the full provisioned order.
             */
            post: operations["receive_order_completed"];
            delete?: never;
            options?: never;
            head?: never;
            patch?: never;
            trace?: never;
        };
        OrderFailedEvent: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            get?: never;
            put?: never;
            /**
             * order.failed
             * @description Unrecoverable provisioning error.
             */
            post: operations["receive_order_failed"];
            delete?: never;
            options?: never;
            head?: never;
            patch?: never;
            trace?: never;
        };
        OrderActionRequiredEvent: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            get?: never;
            put?: never;
            /**
             * order.action_required
             * @description The order needs partner attention. Fetch the open rows from `GET /orders/pending` (the older docs embedded them as `data.pending_actions[]`).
             */
            post: operations["receive_order_action_required"];
            delete?: never;
            options?: never;
            head?: never;
            patch?: never;
            trace?: never;
        };
        OrderCancelScheduledEvent: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            get?: never;
            put?: never;
            /**
             * order.cancel_scheduled
             * @description Cancellation accepted; it finalizes at `cancels_at`, the end of the renewal period.
             */
            post: operations["receive_order_cancel_scheduled"];
            delete?: never;
            options?: never;
            head?: never;
            patch?: never;
            trace?: never;
        };
        OrderCancelledEvent: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            get?: never;
            put?: never;
            /**
             * order.cancelled
             * @description Cancellation done; the domains are released and reusable.
             */
            post: operations["receive_order_cancelled"];
            delete?: never;
            options?: never;
            head?: never;
            patch?: never;
            trace?: never;
        };
        DomainConnectedEvent: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            get?: never;
            put?: never;
            /**
             * domain.connected
             * @description The domain is fully provisioned with its mail provider. May arrive before its order's `order.in_progress`.
             */
            post: operations["receive_domain_connected"];
            delete?: never;
            options?: never;
            head?: never;
            patch?: never;
            trace?: never;
        };
        DomainActionRequiredEvent: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            get?: never;
            put?: never;
            /**
             * domain.action_required
             * @description The domain is blocked, e.g. nameservers not switched.
             */
            post: operations["receive_domain_action_required"];
            delete?: never;
            options?: never;
            head?: never;
            patch?: never;
            trace?: never;
        };
        DomainForwardingUpdatedEvent: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            get?: never;
            put?: never;
            /**
             * domain.forwarding_updated
             * @description A forwarding change was applied. Carries the forwarding job, as `GET /domains/forwarding/{id}` does.
             */
            post: operations["receive_domain_forwarding_updated"];
            delete?: never;
            options?: never;
            head?: never;
            patch?: never;
            trace?: never;
        };
        DomainForwardingFailedEvent: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            get?: never;
            put?: never;
            /**
             * domain.forwarding_failed
             * @description A forwarding change failed (DNS lookup failure, invalid target). Carries the forwarding job.
             */
            post: operations["receive_domain_forwarding_failed"];
            delete?: never;
            options?: never;
            head?: never;
            patch?: never;
            trace?: never;
        };
        DomainImportCompletedEvent: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            get?: never;
            put?: never;
            /**
             * domain_import.completed
             * @description Every domain in the import finished.
             */
            post: operations["receive_domain_import_completed"];
            delete?: never;
            options?: never;
            head?: never;
            patch?: never;
            trace?: never;
        };
        DomainImportFailedEvent: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            get?: never;
            put?: never;
            /**
             * domain_import.failed
             * @description The import failed before any domain connected.
             */
            post: operations["receive_domain_import_failed"];
            delete?: never;
            options?: never;
            head?: never;
            patch?: never;
            trace?: never;
        };
        DomainImportActionRequiredEvent: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            get?: never;
            put?: never;
            /**
             * domain_import.action_required
             * @description The customer hasn't pointed nameservers yet: show them the same `nameserver_groups` again.
             */
            post: operations["receive_domain_import_action_required"];
            delete?: never;
            options?: never;
            head?: never;
            patch?: never;
            trace?: never;
        };
        SwapCreatedEvent: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            get?: never;
            put?: never;
            /**
             * swap.created
             * @description Right after `POST /swaps` is accepted.
             */
            post: operations["receive_swap_created"];
            delete?: never;
            options?: never;
            head?: never;
            patch?: never;
            trace?: never;
        };
        SwapInProgressEvent: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            get?: never;
            put?: never;
            /**
             * swap.in_progress
             * @description Workers picked the swap up.
             */
            post: operations["receive_swap_in_progress"];
            delete?: never;
            options?: never;
            head?: never;
            patch?: never;
            trace?: never;
        };
        SwapCompletedEvent: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            get?: never;
            put?: never;
            /**
             * swap.completed
             * @description The new domain is live; the old one is detached (or kept warm 14 days for premium).
             */
            post: operations["receive_swap_completed"];
            delete?: never;
            options?: never;
            head?: never;
            patch?: never;
            trace?: never;
        };
        SwapFailedEvent: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            get?: never;
            put?: never;
            /**
             * swap.failed
             * @description Unrecoverable error.
             */
            post: operations["receive_swap_failed"];
            delete?: never;
            options?: never;
            head?: never;
            patch?: never;
            trace?: never;
        };
        SwapActionRequiredEvent: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            get?: never;
            put?: never;
            /**
             * swap.action_required
             * @description Blocked on partner input, usually a replacement domain that is not imported: import it, then `POST /swaps` again. A user-name swap with a private or local persona picture is blocked too, with the pending action `profile_picture_not_accessible` (the guide [UNS]; see `POST /swaps/user_names` for the reference page that disagrees).
             */
            post: operations["receive_swap_action_required"];
            delete?: never;
            options?: never;
            head?: never;
            patch?: never;
            trace?: never;
        };
    };
};
export type $defs = Record<string, never>;
export interface operations {
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key and partner. */
            200: {
                headers: {
                    "Peeker-Request-Id": components["headers"]["Peeker-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": {
                     *         "api_key": {
                     *           "environment": "test",
                     *           "permission_preset": "full"
                     *         },
                     *         "partner": {
                     *           "id": "org_01HZX0OG1A2B3C4D5E6F7G8H",
                     *           "name": "Acme Resellers"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["Me"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listOrders: {
        parameters: {
            query?: {
                /** @description Only this customer's orders. */
                user_id?: components["schemas"]["UserId"];
                /** @description Only orders of the customer with this email. */
                user_email?: string;
                /** @description Only orders placed with this bundle. */
                bundle_id?: components["schemas"]["BundleId"];
                /** @description Only orders in this status. */
                status?: components["schemas"]["OrderStatus"];
                /** @description Page size, 1–100. Default 25; use 100 for backfills. */
                per_page?: components["parameters"]["PerPage"];
                /**
                 * @description Opaque, server-signed cursor taken from `links.next`. It encodes the cursor and the filters of
                 *     the original request: never build or decode it. Reusing it with different filters →
                 *     400 `invalid_request` with `field: "page_token"`; restart from `links.first`.
                 */
                page_token?: components["parameters"]["PageToken"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of orders. */
            200: {
                headers: {
                    "Peeker-Request-Id": components["headers"]["Peeker-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    createOrder: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrderRequest"];
            };
        };
        responses: {
            /**
             * @description The order receipt. New orders start `in_progress`. A deduplicated replay of the same body
             *     within 24 hours returns the original order with the same status code.
             */
            200: {
                headers: {
                    "Peeker-Request-Id": components["headers"]["Peeker-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": {
                     *         "id": "ord_01HZX0OR1A2B3C4D5E6F7G8H",
                     *         "user_id": "usr_01HZX0C6Z3K4M5N6P7Q8R9S0",
                     *         "email": "client@example.com",
                     *         "bundle_id": null,
                     *         "status": "in_progress",
                     *         "domain_count": 2,
                     *         "costs": {
                     *           "total_cents": 6800,
                     *           "currency": "usd"
                     *         },
                     *         "renews_at": "2026-06-08T12:00:00Z",
                     *         "created_at": "2026-05-08T12:00:00Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["Order"];
                    };
                };
            };
            400: components["responses"]["OrderRejected"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listPendingOrderActions: {
        parameters: {
            query?: {
                /** @description Only actions on this order. */
                order_id?: components["schemas"]["OrderId"];
                /** @description Only actions of this customer, by `usr_…` id or email. */
                user?: components["schemas"]["UserReference"];
                /** @description Only actions on this domain. */
                domain_id?: components["schemas"]["DomainId"];
                /** @description `open` (default) or `resolved`. */
                status?: components["schemas"]["PendingActionStatus"];
                /** @description Page size, 1–100. Default 25; use 100 for backfills. */
                per_page?: components["parameters"]["PerPage"];
                /**
                 * @description Opaque, server-signed cursor taken from `links.next`. It encodes the cursor and the filters of
                 *     the original request: never build or decode it. Reusing it with different filters →
                 *     400 `invalid_request` with `field: "page_token"`; restart from `links.first`.
                 */
                page_token?: components["parameters"]["PageToken"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of pending actions. */
            200: {
                headers: {
                    "Peeker-Request-Id": components["headers"]["Peeker-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PendingActionList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The order id (`ord_…`). */
                id: components["parameters"]["OrderIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The order. */
            200: {
                headers: {
                    "Peeker-Request-Id": components["headers"]["Peeker-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["OrderDetail"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    cancelOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The order id (`ord_…`). */
                id: components["parameters"]["OrderIdPath"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CancelOrderRequest"];
            };
        };
        responses: {
            /** @description The cancellation schedule. */
            200: {
                headers: {
                    "Peeker-Request-Id": components["headers"]["Peeker-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CancellationSchedule"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listBundles: {
        parameters: {
            query?: {
                /** @description `active` or `archived`. */
                status?: components["schemas"]["BundleStatus"];
                /** @description Page size, 1–100. Default 25; use 100 for backfills. */
                per_page?: components["parameters"]["PerPage"];
                /**
                 * @description Opaque, server-signed cursor taken from `links.next`. It encodes the cursor and the filters of
                 *     the original request: never build or decode it. Reusing it with different filters →
                 *     400 `invalid_request` with `field: "page_token"`; restart from `links.first`.
                 */
                page_token?: components["parameters"]["PageToken"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of bundles. */
            200: {
                headers: {
                    "Peeker-Request-Id": components["headers"]["Peeker-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BundleList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    createBundle: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBundleRequest"];
            };
        };
        responses: {
            /** @description The new bundle with its resolved plan. */
            201: {
                headers: {
                    "Peeker-Request-Id": components["headers"]["Peeker-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Bundle"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getBundle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The bundle id (`bun_…`). */
                id: components["parameters"]["BundleIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bundle. */
            200: {
                headers: {
                    "Peeker-Request-Id": components["headers"]["Peeker-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Bundle"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteBundle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The bundle id (`bun_…`). */
                id: components["parameters"]["BundleIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description `deleted`, or `archived` when an order ever used the bundle (so old orders keep their link). */
            200: {
                headers: {
                    "Peeker-Request-Id": components["headers"]["Peeker-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            id: components["schemas"]["BundleId"];
                            /** @enum {string} */
                            status: "deleted" | "archived";
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    updateBundle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The bundle id (`bun_…`). */
                id: components["parameters"]["BundleIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateBundleRequest"];
            };
        };
        responses: {
            /** @description The updated bundle. */
            200: {
                headers: {
                    "Peeker-Request-Id": components["headers"]["Peeker-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Bundle"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /** @description Only the customer with this email. */
                email?: string;
                /** @description `active` or `deleted`. */
                status?: components["schemas"]["UserStatus"];
                /** @description Page size, 1–100. Default 25; use 100 for backfills. */
                per_page?: components["parameters"]["PerPage"];
                /**
                 * @description Opaque, server-signed cursor taken from `links.next`. It encodes the cursor and the filters of
                 *     the original request: never build or decode it. Reusing it with different filters →
                 *     400 `invalid_request` with `field: "page_token"`; restart from `links.first`.
                 */
                page_token?: components["parameters"]["PageToken"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of customers. */
            200: {
                headers: {
                    "Peeker-Request-Id": components["headers"]["Peeker-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserRequest"];
            };
        };
        responses: {
            /** @description The new customer. (The docs say "User created." without a status code; 201 is assumed.) */
            201: {
                headers: {
                    "Peeker-Request-Id": components["headers"]["Peeker-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["User"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The customer id (`usr_…`). */
                id: components["parameters"]["UserIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The customer. */
            200: {
                headers: {
                    "Peeker-Request-Id": components["headers"]["Peeker-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["User"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The customer id (`usr_…`). */
                id: components["parameters"]["UserIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deleted customer. */
            200: {
                headers: {
                    "Peeker-Request-Id": components["headers"]["Peeker-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["User"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The customer id (`usr_…`). */
                id: components["parameters"]["UserIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserRequest"];
            };
        };
        responses: {
            /** @description The updated customer. */
            200: {
                headers: {
                    "Peeker-Request-Id": components["headers"]["Peeker-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["User"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /**
             * @description 404 `not_found` (field `id`) — no such customer in this account, or the customer was deleted.
             *     The docs don't say what updating a deleted customer does: Peeker DevKit refuses it rather
             *     than change (or silently skip) part of a record that is gone; the customer stays readable.
             */
            404: {
                headers: {
                    "Peeker-Request-Id": components["headers"]["Peeker-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "not_found",
                     *         "message": "Customer usr_01HZX0C6Z3K4M5N6P7Q8R9S0 was deleted; a deleted customer can't be changed.",
                     *         "field": "id"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listDomains: {
        parameters: {
            query?: {
                /** @description `inventory` or `connected`. */
                category?: components["schemas"]["DomainCategory"];
                /** @description Only this customer's domains. */
                user_id?: components["schemas"]["UserId"];
                /** @description Only domains of the customer with this email. */
                user_email?: string;
                /** @description Only domains that can host this provider. */
                usable_for?: components["schemas"]["Provider"];
                /** @description Only domains in this status. */
                status?: components["schemas"]["DomainStatus"];
                /** @description Page size, 1–100. Default 25; use 100 for backfills. */
                per_page?: components["parameters"]["PerPage"];
                /**
                 * @description Opaque, server-signed cursor taken from `links.next`. It encodes the cursor and the filters of
                 *     the original request: never build or decode it. Reusing it with different filters →
                 *     400 `invalid_request` with `field: "page_token"`; restart from `links.first`.
                 */
                page_token?: components["parameters"]["PageToken"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of domains. */
            200: {
                headers: {
                    "Peeker-Request-Id": components["headers"]["Peeker-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    checkDomainAvailability: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AvailabilityRequest"];
            };
        };
        responses: {
            /** @description One row per requested domain. */
            200: {
                headers: {
                    "Peeker-Request-Id": components["headers"]["Peeker-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            domains: components["schemas"]["AvailabilityResult"][];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    lookupDomainImports: {
        parameters: {
            query: {
                /**
                 * @description Comma-separated entries, none empty: the domain names to look up, e.g. `acme-mail.com,team-acme.com`.
                 * @example acme-mail.com,team-acme.com
                 */
                domains: string;
                /** @description Page size, 1–100. Default 25; use 100 for backfills. */
                per_page?: components["parameters"]["PerPage"];
                /**
                 * @description Opaque, server-signed cursor taken from `links.next`. It encodes the cursor and the filters of
                 *     the original request: never build or decode it. Reusing it with different filters →
                 *     400 `invalid_request` with `field: "page_token"`; restart from `links.first`.
                 */
                page_token?: components["parameters"]["PageToken"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The imports that include any of the named domains. */
            200: {
                headers: {
                    "Peeker-Request-Id": components["headers"]["Peeker-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainImportList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    importDomains: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImportDomainsRequest"];
            };
        };
        responses: {
            /** @description The import (`in_progress` until the customer's nameservers point at Peeker). The older docs said 202. */
            200: {
                headers: {
                    "Peeker-Request-Id": components["headers"]["Peeker-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["DomainImport"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getDomainImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The import id (`imp_…`). */
                id: components["parameters"]["ImportIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The import. */
            200: {
                headers: {
                    "Peeker-Request-Id": components["headers"]["Peeker-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["DomainImport"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    createDomainImportJob: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImportJobRequest"];
            };
        };
        responses: {
            /** @description The job, `in_progress`. */
            202: {
                headers: {
                    "Peeker-Request-Id": components["headers"]["Peeker-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ImportJob"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getDomainImportJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The import job id (`imj_…`). */
                id: components["parameters"]["ImportJobIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The job. */
            200: {
                headers: {
                    "Peeker-Request-Id": components["headers"]["Peeker-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ImportJob"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    setDomainForwarding: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ForwardingRequest"];
            };
        };
        responses: {
            /** @description The forwarding job, `in_progress` with zero counts. */
            202: {
                headers: {
                    "Peeker-Request-Id": components["headers"]["Peeker-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ForwardingJob"];
                    };
                };
            };
            /**
             * @description 400 `invalid_request` — the body is invalid (`error.field` points to the offender), or a domain
             *     in `domains` is in your inventory, on no order (`error.field` names the first one,
             *     `domains[i]`, and no job is created). The docs don't say what forwarding an inventory domain
             *     does; inventory rows carry no `forwarding_url` and an order sets its own, so the change
             *     could never be seen: Peeker DevKit refuses it rather than report a job `completed` that
             *     changed nothing. A domain released to inventory while a job runs is left alone (in neither
             *     `completed` nor `failed`).
             */
            400: {
                headers: {
                    "Peeker-Request-Id": components["headers"]["Peeker-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "invalid_request",
                     *         "message": "acme-mail.com is in your inventory, on no order: forwarding applies to the domains of an order (give forwarding_url in POST /orders when you order it).",
                     *         "field": "domains[0]"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /**
             * @description 404 `not_found` — a domain in `domains` is not in your account; `error.field` names the first
             *     one (`domains[i]`). The docs list no 404 here: like an unknown `domain_id` on `POST /swaps`, an
             *     unknown domain is a record missing from the account, not a malformed request (400).
             */
            404: {
                headers: {
                    "Peeker-Request-Id": components["headers"]["Peeker-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "not_found",
                     *         "message": "No domain acme-mail.com in this account.",
                     *         "field": "domains[0]"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getForwardingJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The forwarding job id (`fwj_…`). */
                id: components["parameters"]["ForwardingJobIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The job. */
            200: {
                headers: {
                    "Peeker-Request-Id": components["headers"]["Peeker-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ForwardingJob"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listSwaps: {
        parameters: {
            query?: {
                /** @description Only this customer's swaps. */
                user_id?: components["schemas"]["UserId"];
                /** @description Only swaps on this order. */
                order_id?: components["schemas"]["OrderId"];
                /** @description Only swaps of this domain. */
                domain_id?: components["schemas"]["DomainId"];
                /** @description Only swaps in this status. */
                status?: components["schemas"]["SwapStatus"];
                /** @description Page size, 1–100. Default 25; use 100 for backfills. */
                per_page?: components["parameters"]["PerPage"];
                /**
                 * @description Opaque, server-signed cursor taken from `links.next`. It encodes the cursor and the filters of
                 *     the original request: never build or decode it. Reusing it with different filters →
                 *     400 `invalid_request` with `field: "page_token"`; restart from `links.first`.
                 */
                page_token?: components["parameters"]["PageToken"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of swaps. */
            200: {
                headers: {
                    "Peeker-Request-Id": components["headers"]["Peeker-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SwapList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    createSwap: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSwapRequest"];
            };
        };
        responses: {
            /** @description The swap, `created`. */
            201: {
                headers: {
                    "Peeker-Request-Id": components["headers"]["Peeker-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Swap"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getSwap: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The swap id (`swp_…`). */
                id: components["parameters"]["SwapIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The swap. */
            200: {
                headers: {
                    "Peeker-Request-Id": components["headers"]["Peeker-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Swap"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    swapUserNames: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserNameSwapRequest"];
            };
        };
        responses: {
            /** @description One `user_names` swap row per inbox. */
            201: {
                headers: {
                    "Peeker-Request-Id": components["headers"]["Peeker-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            swaps: components["schemas"]["Swap"][];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    receive_order_in_progress: {
        parameters: {
            query?: never;
            header: {
                /** @description Stable per logical event (the same across retries). Dedupe on it for at least 24 hours. */
                "Peeker-Event-Id": components["parameters"]["PeekerEventId"];
                /** @description Unix time in seconds when Peeker signed the body. Reject deliveries more than 5 minutes away from your clock. */
                "Peeker-Timestamp": components["parameters"]["PeekerTimestamp"];
                /**
                 * @description `v1=<lowercase hex HMAC-SHA256>` keyed with the webhook secret; the `v1` prefix allows
                 *     algorithm rotation. Peeker DevKit assumes the signed string is `"<Peeker-Timestamp>.<raw body>"`
                 *     (the exact string is not in the stored docs) and accepts several comma- or space-separated
                 *     `v1=` entries during secret rotation. Compare in constant time.
                 */
                "Peeker-Signature": components["parameters"]["PeekerSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderInProgressEvent"];
            };
        };
        responses: {
            "2XX": components["responses"]["WebhookAccepted"];
        };
    };
    receive_order_completed: {
        parameters: {
            query?: never;
            header: {
                /** @description Stable per logical event (the same across retries). Dedupe on it for at least 24 hours. */
                "Peeker-Event-Id": components["parameters"]["PeekerEventId"];
                /** @description Unix time in seconds when Peeker signed the body. Reject deliveries more than 5 minutes away from your clock. */
                "Peeker-Timestamp": components["parameters"]["PeekerTimestamp"];
                /**
                 * @description `v1=<lowercase hex HMAC-SHA256>` keyed with the webhook secret; the `v1` prefix allows
                 *     algorithm rotation. Peeker DevKit assumes the signed string is `"<Peeker-Timestamp>.<raw body>"`
                 *     (the exact string is not in the stored docs) and accepts several comma- or space-separated
                 *     `v1=` entries during secret rotation. Compare in constant time.
                 */
                "Peeker-Signature": components["parameters"]["PeekerSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderCompletedEvent"];
            };
        };
        responses: {
            "2XX": components["responses"]["WebhookAccepted"];
        };
    };
    receive_order_failed: {
        parameters: {
            query?: never;
            header: {
                /** @description Stable per logical event (the same across retries). Dedupe on it for at least 24 hours. */
                "Peeker-Event-Id": components["parameters"]["PeekerEventId"];
                /** @description Unix time in seconds when Peeker signed the body. Reject deliveries more than 5 minutes away from your clock. */
                "Peeker-Timestamp": components["parameters"]["PeekerTimestamp"];
                /**
                 * @description `v1=<lowercase hex HMAC-SHA256>` keyed with the webhook secret; the `v1` prefix allows
                 *     algorithm rotation. Peeker DevKit assumes the signed string is `"<Peeker-Timestamp>.<raw body>"`
                 *     (the exact string is not in the stored docs) and accepts several comma- or space-separated
                 *     `v1=` entries during secret rotation. Compare in constant time.
                 */
                "Peeker-Signature": components["parameters"]["PeekerSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderFailedEvent"];
            };
        };
        responses: {
            "2XX": components["responses"]["WebhookAccepted"];
        };
    };
    receive_order_action_required: {
        parameters: {
            query?: never;
            header: {
                /** @description Stable per logical event (the same across retries). Dedupe on it for at least 24 hours. */
                "Peeker-Event-Id": components["parameters"]["PeekerEventId"];
                /** @description Unix time in seconds when Peeker signed the body. Reject deliveries more than 5 minutes away from your clock. */
                "Peeker-Timestamp": components["parameters"]["PeekerTimestamp"];
                /**
                 * @description `v1=<lowercase hex HMAC-SHA256>` keyed with the webhook secret; the `v1` prefix allows
                 *     algorithm rotation. Peeker DevKit assumes the signed string is `"<Peeker-Timestamp>.<raw body>"`
                 *     (the exact string is not in the stored docs) and accepts several comma- or space-separated
                 *     `v1=` entries during secret rotation. Compare in constant time.
                 */
                "Peeker-Signature": components["parameters"]["PeekerSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderActionRequiredEvent"];
            };
        };
        responses: {
            "2XX": components["responses"]["WebhookAccepted"];
        };
    };
    receive_order_cancel_scheduled: {
        parameters: {
            query?: never;
            header: {
                /** @description Stable per logical event (the same across retries). Dedupe on it for at least 24 hours. */
                "Peeker-Event-Id": components["parameters"]["PeekerEventId"];
                /** @description Unix time in seconds when Peeker signed the body. Reject deliveries more than 5 minutes away from your clock. */
                "Peeker-Timestamp": components["parameters"]["PeekerTimestamp"];
                /**
                 * @description `v1=<lowercase hex HMAC-SHA256>` keyed with the webhook secret; the `v1` prefix allows
                 *     algorithm rotation. Peeker DevKit assumes the signed string is `"<Peeker-Timestamp>.<raw body>"`
                 *     (the exact string is not in the stored docs) and accepts several comma- or space-separated
                 *     `v1=` entries during secret rotation. Compare in constant time.
                 */
                "Peeker-Signature": components["parameters"]["PeekerSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderCancelScheduledEvent"];
            };
        };
        responses: {
            "2XX": components["responses"]["WebhookAccepted"];
        };
    };
    receive_order_cancelled: {
        parameters: {
            query?: never;
            header: {
                /** @description Stable per logical event (the same across retries). Dedupe on it for at least 24 hours. */
                "Peeker-Event-Id": components["parameters"]["PeekerEventId"];
                /** @description Unix time in seconds when Peeker signed the body. Reject deliveries more than 5 minutes away from your clock. */
                "Peeker-Timestamp": components["parameters"]["PeekerTimestamp"];
                /**
                 * @description `v1=<lowercase hex HMAC-SHA256>` keyed with the webhook secret; the `v1` prefix allows
                 *     algorithm rotation. Peeker DevKit assumes the signed string is `"<Peeker-Timestamp>.<raw body>"`
                 *     (the exact string is not in the stored docs) and accepts several comma- or space-separated
                 *     `v1=` entries during secret rotation. Compare in constant time.
                 */
                "Peeker-Signature": components["parameters"]["PeekerSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderCancelledEvent"];
            };
        };
        responses: {
            "2XX": components["responses"]["WebhookAccepted"];
        };
    };
    receive_domain_connected: {
        parameters: {
            query?: never;
            header: {
                /** @description Stable per logical event (the same across retries). Dedupe on it for at least 24 hours. */
                "Peeker-Event-Id": components["parameters"]["PeekerEventId"];
                /** @description Unix time in seconds when Peeker signed the body. Reject deliveries more than 5 minutes away from your clock. */
                "Peeker-Timestamp": components["parameters"]["PeekerTimestamp"];
                /**
                 * @description `v1=<lowercase hex HMAC-SHA256>` keyed with the webhook secret; the `v1` prefix allows
                 *     algorithm rotation. Peeker DevKit assumes the signed string is `"<Peeker-Timestamp>.<raw body>"`
                 *     (the exact string is not in the stored docs) and accepts several comma- or space-separated
                 *     `v1=` entries during secret rotation. Compare in constant time.
                 */
                "Peeker-Signature": components["parameters"]["PeekerSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DomainConnectedEvent"];
            };
        };
        responses: {
            "2XX": components["responses"]["WebhookAccepted"];
        };
    };
    receive_domain_action_required: {
        parameters: {
            query?: never;
            header: {
                /** @description Stable per logical event (the same across retries). Dedupe on it for at least 24 hours. */
                "Peeker-Event-Id": components["parameters"]["PeekerEventId"];
                /** @description Unix time in seconds when Peeker signed the body. Reject deliveries more than 5 minutes away from your clock. */
                "Peeker-Timestamp": components["parameters"]["PeekerTimestamp"];
                /**
                 * @description `v1=<lowercase hex HMAC-SHA256>` keyed with the webhook secret; the `v1` prefix allows
                 *     algorithm rotation. Peeker DevKit assumes the signed string is `"<Peeker-Timestamp>.<raw body>"`
                 *     (the exact string is not in the stored docs) and accepts several comma- or space-separated
                 *     `v1=` entries during secret rotation. Compare in constant time.
                 */
                "Peeker-Signature": components["parameters"]["PeekerSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DomainActionRequiredEvent"];
            };
        };
        responses: {
            "2XX": components["responses"]["WebhookAccepted"];
        };
    };
    receive_domain_forwarding_updated: {
        parameters: {
            query?: never;
            header: {
                /** @description Stable per logical event (the same across retries). Dedupe on it for at least 24 hours. */
                "Peeker-Event-Id": components["parameters"]["PeekerEventId"];
                /** @description Unix time in seconds when Peeker signed the body. Reject deliveries more than 5 minutes away from your clock. */
                "Peeker-Timestamp": components["parameters"]["PeekerTimestamp"];
                /**
                 * @description `v1=<lowercase hex HMAC-SHA256>` keyed with the webhook secret; the `v1` prefix allows
                 *     algorithm rotation. Peeker DevKit assumes the signed string is `"<Peeker-Timestamp>.<raw body>"`
                 *     (the exact string is not in the stored docs) and accepts several comma- or space-separated
                 *     `v1=` entries during secret rotation. Compare in constant time.
                 */
                "Peeker-Signature": components["parameters"]["PeekerSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DomainForwardingUpdatedEvent"];
            };
        };
        responses: {
            "2XX": components["responses"]["WebhookAccepted"];
        };
    };
    receive_domain_forwarding_failed: {
        parameters: {
            query?: never;
            header: {
                /** @description Stable per logical event (the same across retries). Dedupe on it for at least 24 hours. */
                "Peeker-Event-Id": components["parameters"]["PeekerEventId"];
                /** @description Unix time in seconds when Peeker signed the body. Reject deliveries more than 5 minutes away from your clock. */
                "Peeker-Timestamp": components["parameters"]["PeekerTimestamp"];
                /**
                 * @description `v1=<lowercase hex HMAC-SHA256>` keyed with the webhook secret; the `v1` prefix allows
                 *     algorithm rotation. Peeker DevKit assumes the signed string is `"<Peeker-Timestamp>.<raw body>"`
                 *     (the exact string is not in the stored docs) and accepts several comma- or space-separated
                 *     `v1=` entries during secret rotation. Compare in constant time.
                 */
                "Peeker-Signature": components["parameters"]["PeekerSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DomainForwardingFailedEvent"];
            };
        };
        responses: {
            "2XX": components["responses"]["WebhookAccepted"];
        };
    };
    receive_domain_import_completed: {
        parameters: {
            query?: never;
            header: {
                /** @description Stable per logical event (the same across retries). Dedupe on it for at least 24 hours. */
                "Peeker-Event-Id": components["parameters"]["PeekerEventId"];
                /** @description Unix time in seconds when Peeker signed the body. Reject deliveries more than 5 minutes away from your clock. */
                "Peeker-Timestamp": components["parameters"]["PeekerTimestamp"];
                /**
                 * @description `v1=<lowercase hex HMAC-SHA256>` keyed with the webhook secret; the `v1` prefix allows
                 *     algorithm rotation. Peeker DevKit assumes the signed string is `"<Peeker-Timestamp>.<raw body>"`
                 *     (the exact string is not in the stored docs) and accepts several comma- or space-separated
                 *     `v1=` entries during secret rotation. Compare in constant time.
                 */
                "Peeker-Signature": components["parameters"]["PeekerSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DomainImportCompletedEvent"];
            };
        };
        responses: {
            "2XX": components["responses"]["WebhookAccepted"];
        };
    };
    receive_domain_import_failed: {
        parameters: {
            query?: never;
            header: {
                /** @description Stable per logical event (the same across retries). Dedupe on it for at least 24 hours. */
                "Peeker-Event-Id": components["parameters"]["PeekerEventId"];
                /** @description Unix time in seconds when Peeker signed the body. Reject deliveries more than 5 minutes away from your clock. */
                "Peeker-Timestamp": components["parameters"]["PeekerTimestamp"];
                /**
                 * @description `v1=<lowercase hex HMAC-SHA256>` keyed with the webhook secret; the `v1` prefix allows
                 *     algorithm rotation. Peeker DevKit assumes the signed string is `"<Peeker-Timestamp>.<raw body>"`
                 *     (the exact string is not in the stored docs) and accepts several comma- or space-separated
                 *     `v1=` entries during secret rotation. Compare in constant time.
                 */
                "Peeker-Signature": components["parameters"]["PeekerSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DomainImportFailedEvent"];
            };
        };
        responses: {
            "2XX": components["responses"]["WebhookAccepted"];
        };
    };
    receive_domain_import_action_required: {
        parameters: {
            query?: never;
            header: {
                /** @description Stable per logical event (the same across retries). Dedupe on it for at least 24 hours. */
                "Peeker-Event-Id": components["parameters"]["PeekerEventId"];
                /** @description Unix time in seconds when Peeker signed the body. Reject deliveries more than 5 minutes away from your clock. */
                "Peeker-Timestamp": components["parameters"]["PeekerTimestamp"];
                /**
                 * @description `v1=<lowercase hex HMAC-SHA256>` keyed with the webhook secret; the `v1` prefix allows
                 *     algorithm rotation. Peeker DevKit assumes the signed string is `"<Peeker-Timestamp>.<raw body>"`
                 *     (the exact string is not in the stored docs) and accepts several comma- or space-separated
                 *     `v1=` entries during secret rotation. Compare in constant time.
                 */
                "Peeker-Signature": components["parameters"]["PeekerSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DomainImportActionRequiredEvent"];
            };
        };
        responses: {
            "2XX": components["responses"]["WebhookAccepted"];
        };
    };
    receive_swap_created: {
        parameters: {
            query?: never;
            header: {
                /** @description Stable per logical event (the same across retries). Dedupe on it for at least 24 hours. */
                "Peeker-Event-Id": components["parameters"]["PeekerEventId"];
                /** @description Unix time in seconds when Peeker signed the body. Reject deliveries more than 5 minutes away from your clock. */
                "Peeker-Timestamp": components["parameters"]["PeekerTimestamp"];
                /**
                 * @description `v1=<lowercase hex HMAC-SHA256>` keyed with the webhook secret; the `v1` prefix allows
                 *     algorithm rotation. Peeker DevKit assumes the signed string is `"<Peeker-Timestamp>.<raw body>"`
                 *     (the exact string is not in the stored docs) and accepts several comma- or space-separated
                 *     `v1=` entries during secret rotation. Compare in constant time.
                 */
                "Peeker-Signature": components["parameters"]["PeekerSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SwapCreatedEvent"];
            };
        };
        responses: {
            "2XX": components["responses"]["WebhookAccepted"];
        };
    };
    receive_swap_in_progress: {
        parameters: {
            query?: never;
            header: {
                /** @description Stable per logical event (the same across retries). Dedupe on it for at least 24 hours. */
                "Peeker-Event-Id": components["parameters"]["PeekerEventId"];
                /** @description Unix time in seconds when Peeker signed the body. Reject deliveries more than 5 minutes away from your clock. */
                "Peeker-Timestamp": components["parameters"]["PeekerTimestamp"];
                /**
                 * @description `v1=<lowercase hex HMAC-SHA256>` keyed with the webhook secret; the `v1` prefix allows
                 *     algorithm rotation. Peeker DevKit assumes the signed string is `"<Peeker-Timestamp>.<raw body>"`
                 *     (the exact string is not in the stored docs) and accepts several comma- or space-separated
                 *     `v1=` entries during secret rotation. Compare in constant time.
                 */
                "Peeker-Signature": components["parameters"]["PeekerSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SwapInProgressEvent"];
            };
        };
        responses: {
            "2XX": components["responses"]["WebhookAccepted"];
        };
    };
    receive_swap_completed: {
        parameters: {
            query?: never;
            header: {
                /** @description Stable per logical event (the same across retries). Dedupe on it for at least 24 hours. */
                "Peeker-Event-Id": components["parameters"]["PeekerEventId"];
                /** @description Unix time in seconds when Peeker signed the body. Reject deliveries more than 5 minutes away from your clock. */
                "Peeker-Timestamp": components["parameters"]["PeekerTimestamp"];
                /**
                 * @description `v1=<lowercase hex HMAC-SHA256>` keyed with the webhook secret; the `v1` prefix allows
                 *     algorithm rotation. Peeker DevKit assumes the signed string is `"<Peeker-Timestamp>.<raw body>"`
                 *     (the exact string is not in the stored docs) and accepts several comma- or space-separated
                 *     `v1=` entries during secret rotation. Compare in constant time.
                 */
                "Peeker-Signature": components["parameters"]["PeekerSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SwapCompletedEvent"];
            };
        };
        responses: {
            "2XX": components["responses"]["WebhookAccepted"];
        };
    };
    receive_swap_failed: {
        parameters: {
            query?: never;
            header: {
                /** @description Stable per logical event (the same across retries). Dedupe on it for at least 24 hours. */
                "Peeker-Event-Id": components["parameters"]["PeekerEventId"];
                /** @description Unix time in seconds when Peeker signed the body. Reject deliveries more than 5 minutes away from your clock. */
                "Peeker-Timestamp": components["parameters"]["PeekerTimestamp"];
                /**
                 * @description `v1=<lowercase hex HMAC-SHA256>` keyed with the webhook secret; the `v1` prefix allows
                 *     algorithm rotation. Peeker DevKit assumes the signed string is `"<Peeker-Timestamp>.<raw body>"`
                 *     (the exact string is not in the stored docs) and accepts several comma- or space-separated
                 *     `v1=` entries during secret rotation. Compare in constant time.
                 */
                "Peeker-Signature": components["parameters"]["PeekerSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SwapFailedEvent"];
            };
        };
        responses: {
            "2XX": components["responses"]["WebhookAccepted"];
        };
    };
    receive_swap_action_required: {
        parameters: {
            query?: never;
            header: {
                /** @description Stable per logical event (the same across retries). Dedupe on it for at least 24 hours. */
                "Peeker-Event-Id": components["parameters"]["PeekerEventId"];
                /** @description Unix time in seconds when Peeker signed the body. Reject deliveries more than 5 minutes away from your clock. */
                "Peeker-Timestamp": components["parameters"]["PeekerTimestamp"];
                /**
                 * @description `v1=<lowercase hex HMAC-SHA256>` keyed with the webhook secret; the `v1` prefix allows
                 *     algorithm rotation. Peeker DevKit assumes the signed string is `"<Peeker-Timestamp>.<raw body>"`
                 *     (the exact string is not in the stored docs) and accepts several comma- or space-separated
                 *     `v1=` entries during secret rotation. Compare in constant time.
                 */
                "Peeker-Signature": components["parameters"]["PeekerSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SwapActionRequiredEvent"];
            };
        };
        responses: {
            "2XX": components["responses"]["WebhookAccepted"];
        };
    };
}
type WithRequired<T, K extends keyof T> = T & {
    [P in K]-?: T[P];
};
