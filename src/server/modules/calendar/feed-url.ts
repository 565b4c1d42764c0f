import type { FastifyRequest } from 'fastify';
import type { Config } from '../../config.js';

/**
 * The address users reach Indsats on: INDSATS_PUBLIC_URL when it is set,
 * else the origin the request came to (right on a developer's machine and
 * behind a proxy that keeps the Host header).
 */
export function publicBaseUrl(config: Config, request: FastifyRequest): string {
  return config.publicUrlConfigured ? config.publicUrl : `${request.protocol}://${request.host}`;
}

export const FEED_PATH = '/api/v1/calendar/feeds';

/** The subscription's address, and the same as webcal:// (which opens the calendar program). */
export function feedUrls(baseUrl: string, token: string): { url: string; webcalUrl: string } {
  const url = `${baseUrl}${FEED_PATH}/${token}`;
  return { url, webcalUrl: url.replace(/^https?:\/\//, 'webcal://') };
}
