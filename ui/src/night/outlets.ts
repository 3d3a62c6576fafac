// The phone-alert outlets the editor offers, each with the fields it starts with.
import type { Outlet } from '../lib/api/client';

export const outletKinds = ['webhook', 'ntfy', 'wecom', 'email'] as const;
export type OutletKind = (typeof outletKinds)[number];

/** A new outlet of `kind`, with empty fields (and the usual SMTP port). */
export function blankOutlet(kind: OutletKind): Outlet {
  switch (kind) {
    case 'webhook':
      return { kind, url: '', secret: '' };
    case 'ntfy':
      return { kind, url: '', token: null };
    case 'wecom':
      return { kind, url: '' };
    case 'email':
      return { kind, host: '', port: 587, from: '', to: '', username: null, password: null, security: 'starttls' };
  }
}
