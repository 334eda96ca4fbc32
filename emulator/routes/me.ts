/** `GET /me`: the calling key's environment and preset, and its partner. */
import type { Me } from '../../schemas';
import { data } from './common';
import type { RouteTable } from './types';

/** Account routes. */
export const meRoutes: RouteTable = {
  'GET /me': (ctx) => {
    const me: Me = {
      api_key: { environment: 'test', permission_preset: ctx.caller.preset },
      partner: { id: ctx.rt.partner.id, name: ctx.rt.partner.name },
    };
    return { body: data(me) };
  },
};
