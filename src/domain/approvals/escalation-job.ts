import { Prisma, type PrismaClient } from '../../generated/prisma/client.js';
import { systemActor } from '../../platform/index.js';
import { runCommand } from '../../platform/command.js';
import { tenantClient } from '../../platform/db/tenant-client.js';
import { escalateOverdue } from './requests.js';

/**
 * Escalates overdue steps in every organization that has some: one transaction per organization,
 * acting as the system. The server runs this periodically; several servers may run it at once
 * (each request is locked and re-checked, so a step is escalated once).
 */
export async function escalateOverdueEverywhere(
  prisma: PrismaClient,
  now = new Date(),
): Promise<{ organizations: number; escalated: number }> {
  const due = await prisma.approvalStep.findMany({
    where: {
      status: 'PENDING',
      escalatedAt: null,
      dueAt: { lte: now },
      NOT: { escalateTo: { equals: Prisma.DbNull } },
    },
    distinct: ['organizationId'],
    select: { organizationId: true },
  });
  let escalated = 0;
  for (const { organizationId } of due) {
    const actor = systemActor(organizationId, 'approvals escalation');
    const outcome = await runCommand(
      tenantClient(prisma, organizationId),
      actor,
      { operation: 'approvalsEscalateOverdue', input: {} },
      (tx) => escalateOverdue(tx, actor, now),
    );
    if (outcome.ok) escalated += outcome.value.escalated;
  }
  return { organizations: due.length, escalated };
}
