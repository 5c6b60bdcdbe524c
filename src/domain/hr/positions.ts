import { randomUUID } from 'node:crypto';
import {
  Problems,
  appendEvent,
  checkLength,
  checkRequired,
  cleanText,
  recordAudit,
  type Actor,
  type TenantTx,
} from '../../platform/index.js';

export interface PositionRef {
  positionId: string;
}

export interface PositionCreateInput {
  title: string;
}

export async function createPosition(tx: TenantTx, actor: Actor, input: PositionCreateInput): Promise<PositionRef> {
  const problems = new Problems();
  const title = cleanText(input.title);
  if (checkRequired(problems, 'title', title)) checkLength(problems, 'title', title, 200);
  problems.throwIfAny();
  const id = randomUUID();
  const position = await tx.position.create({
    data: { id, organizationId: actor.organizationId, title: title as string },
  });
  await recordAudit(tx, actor, { action: 'positionCreate', entityType: 'Position', entityId: id, after: position });
  await appendEvent(tx, actor, {
    type: 'position.created',
    aggregateType: 'Position',
    aggregateId: id,
    payload: { title },
  });
  return { positionId: id };
}
