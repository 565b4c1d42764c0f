import type { Meeting } from '../../../shared/contracts/meetings.js';
import type { Tx } from '../../db/client.js';
import type { Actor } from '../../db/scope.js';
import { loadVisibleMeeting } from './access.js';
import { presentMeeting } from './present-meeting.js';

export async function readMeeting(tx: Tx, actor: Actor, id: string): Promise<Meeting> {
  return presentMeeting(tx, actor, await loadVisibleMeeting(tx, actor, id));
}
