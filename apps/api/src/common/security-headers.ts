import type { NextFunction, Request, Response } from 'express';

/**
 * The dashboard's Content-Security-Policy. Scripts only from Lyt itself (the
 * Vite build has no inline script), so a feed item that smuggles markup in
 * can run nothing; images from anywhere over http(s), because mentions show
 * the pictures of the posts they come from; the live stream on the same
 * origin. Styles come from Lyt's own stylesheet; React and recharts set
 * element styles through the DOM, which style-src does not govern.
 */
export const DASHBOARD_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: https: http:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Apply to every response: no MIME sniffing, no framing (clickjacking), no referrer to the sites mentions link to. */
export function securityHeaders(
  request: Request,
  response: Response,
  next: NextFunction,
): void {
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('X-Frame-Options', 'DENY');
  response.setHeader('Referrer-Policy', 'no-referrer');
  // The api document at /api/docs brings its own page and scripts; every other page is the dashboard's.
  if (!/^\/api\/docs(\/|$)/.test(request.path))
    response.setHeader('Content-Security-Policy', DASHBOARD_CSP);
  next();
}
