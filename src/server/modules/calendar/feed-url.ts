import type { FastifyRequest } from 'fastify';
import type { Config } from '../../config.js';

/** What the configuration falls back to when INDSATS_PUBLIC_URL is unset: http://localhost:<PORT>. */
const LOCAL_DEFAULT = /^http:\/\/localhost:\d+$/;

/**
 * The address users reach Indsats on: INDSATS_PUBLIC_URL when it is set,
 * else the origin the request came to. The configuration cannot tell "unset"
 * from its own default, so a plain http://localhost:<port> counts as unset
 * (behind a proxy, or on another port, the request's own origin is right).
 */
export function publicBaseUrl(config: Config, request: FastifyRequest): string {
  return LOCAL_DEFAULT.test(config.publicUrl) ? `${request.protocol}://${request.host}` : config.publicUrl;
}

export const FEED_PATH = '/api/v1/calendar/feeds';

/** The subscription's address, and the same as webcal:// (which opens the calendar program). */
export function feedUrls(baseUrl: string, token: string): { url: string; webcalUrl: string } {
  const url = `${baseUrl}${FEED_PATH}/${token}`;
  return { url, webcalUrl: url.replace(/^https?:\/\//, 'webcal://') };
}
