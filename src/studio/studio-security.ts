import { randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The studio's rules for who may talk to it, as pure functions so each is
 * tested alone. The server listens on 127.0.0.1 only; these checks keep out
 * what can still reach a loopback port: a web page in the user's browser
 * (its requests carry a foreign Origin), a DNS-rebinding page (a foreign
 * Host) and another local user (no token).
 */

/** A fresh token for one run of the studio: 32 random bytes, URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The Host header values the studio answers to on `port`. */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/** Whether a request's Host header names this server (a rebinding page's request names its own domain). */
export function hostAllowed(host: string | undefined, port: number): boolean {
  return host !== undefined && allowedHosts(port).includes(host.toLowerCase());
}

/**
 * Whether a request's Origin header, when there is one, is this server's
 * own. Browsers send Origin on every cross-origin request and on every
 * request that is not a GET or HEAD, so a page elsewhere cannot pass.
 */
export function originAllowed(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return allowedHosts(port).some((h) => origin.toLowerCase() === `http://${h}`);
}

/** Whether `given` is the run's token, compared in constant time. */
export function tokenMatches(given: string | undefined, token: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}
