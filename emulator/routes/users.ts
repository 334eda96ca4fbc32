/** Customers (the older `/users` endpoints; newer flows create them through `POST /orders`). */
import type { components, User } from '../../schemas';
import { isoSeconds } from '../clock';
import { invalidRequest, notFound } from '../errors';
import { listPage } from '../list';
import { userView } from '../views';
import { data, recordOr404 } from './common';
import type { RequestContext, RouteTable } from './types';

type CreateUserRequest = components['schemas']['CreateUserRequest'];
type UpdateUserRequest = components['schemas']['UpdateUserRequest'];

function checkEmailFree(ctx: RequestContext, email: string, self?: string): void {
  const holder = ctx.rt.store.userByEmail.get(email.toLowerCase());
  if (holder !== undefined && holder !== self) {
    throw invalidRequest(`A customer with email ${email} already exists (${holder}).`, 'email');
  }
}

/** User routes. */
export const userRoutes: RouteTable = {
  'POST /users': (ctx) => {
    const body = ctx.body as CreateUserRequest;
    checkEmailFree(ctx, body.email);
    const user: User = {
      id: ctx.rt.ids.next('usr'),
      email: body.email,
      first_name: body.first_name ?? null,
      last_name: body.last_name ?? null,
      status: 'active',
      sequencer: body.sequencer,
      created_at: isoSeconds(ctx.rt.clock.now()),
    };
    ctx.rt.store.users.insert(user);
    ctx.rt.store.userByEmail.set(user.email.toLowerCase(), user.id);
    return { status: 201, body: data(userView(user)) };
  },
  'GET /users': (ctx) => {
    const { email, status } = ctx.query;
    const wanted = typeof email === 'string' ? email.toLowerCase() : undefined;
    return {
      body: listPage(
        { operation: ctx.operation, listUrl: ctx.url, query: ctx.query },
        ctx.rt.tokens,
        ctx.rt.faults,
        (cursor, inclusive) => ctx.rt.store.users.newestFirst(cursor, inclusive),
        (user) =>
          (wanted === undefined || user.email.toLowerCase() === wanted) &&
          (status === undefined || user.status === status),
        userView,
      ),
    };
  },
  'GET /users/{id}': (ctx) => ({ body: data(userView(recordOr404(ctx, ctx.rt.store.users, 'customer'))) }),
  'PATCH /users/{id}': (ctx) => {
    const user = recordOr404(ctx, ctx.rt.store.users, 'customer');
    // A deleted customer stays readable, but is no longer there to change (nor to order for).
    if (user.status === 'deleted') {
      throw notFound(`Customer ${user.id} was deleted; a deleted customer can't be changed.`, 'id');
    }
    const body = ctx.body as UpdateUserRequest;
    if (body.email !== undefined) {
      checkEmailFree(ctx, body.email, user.id);
      ctx.rt.store.userByEmail.delete(user.email.toLowerCase());
      user.email = body.email;
      ctx.rt.store.userByEmail.set(user.email.toLowerCase(), user.id);
    }
    if (body.first_name !== undefined) user.first_name = body.first_name;
    if (body.last_name !== undefined) user.last_name = body.last_name;
    if (body.sequencer !== undefined) user.sequencer = body.sequencer;
    ctx.rt.store.users.save(user);
    return { body: data(userView(user)) };
  },
  'DELETE /users/{id}': (ctx) => {
    const user = recordOr404(ctx, ctx.rt.store.users, 'customer');
    if (user.status === 'active') {
      user.status = 'deleted';
      ctx.rt.store.userByEmail.delete(user.email.toLowerCase());
      ctx.rt.store.users.save(user);
    }
    return { body: data(userView(user)) };
  },
};
