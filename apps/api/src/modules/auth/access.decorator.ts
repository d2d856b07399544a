import { SetMetadata } from '@nestjs/common';

export const ACCESS_KEY = 'lyt:access';
export type Access = 'public' | 'admin';

/** Open without a token: only the health check. */
export const Public = () => SetMetadata(ACCESS_KEY, 'public' satisfies Access);

/** Changes topics, sources or moderation: a viewer token gets 403. */
export const AdminOnly = () =>
  SetMetadata(ACCESS_KEY, 'admin' satisfies Access);
