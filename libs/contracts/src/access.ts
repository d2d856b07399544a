export const ROLES = ['viewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** What `GET /api/me` answers: who the bearer token belongs to. */
export interface Session {
  role: Role;
}
