export const ROLES = ['viewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** What `GET /api/me` answers: who the bearer token belongs to. */
export interface Session {
  role: Role;
}

/** `POST /api/access/viewer-token` (admin): the new viewer token, shown once; the old one stops working at once. */
export interface ViewerToken {
  token: string;
}
