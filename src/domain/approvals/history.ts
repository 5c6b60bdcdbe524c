import { randomUUID } from 'node:crypto';
import type { ApprovalAction } from '../../generated/prisma/enums.js';
import type { Actor, TenantTx } from '../../platform/index.js';

export interface HistoryEntry {
  requestId: string;
  stepId?: string | null;
  action: ApprovalAction;
  comment?: string | null;
  onBehalfOfId?: string | null;
}

/** Appends to a request's history. Callers hold the request's row lock (or just created it), so sequences do not collide. */
export async function recordHistory(tx: TenantTx, actor: Actor, entry: HistoryEntry, at: Date): Promise<void> {
  const last = await tx.approvalEvent.aggregate({ where: { requestId: entry.requestId }, _max: { sequence: true } });
  await tx.approvalEvent.create({
    data: {
      id: randomUUID(),
      organizationId: actor.organizationId,
      requestId: entry.requestId,
      stepId: entry.stepId ?? null,
      action: entry.action,
      actorEmployeeId: actor.employeeId,
      actorName: actor.name,
      onBehalfOfId: entry.onBehalfOfId ?? null,
      comment: entry.comment ?? null,
      sequence: (last._max.sequence ?? 0) + 1,
      createdAt: at,
    },
  });
}
