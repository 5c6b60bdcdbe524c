import type { Database } from '../src/platform/db/database.js';
import { createApiKey } from '../src/platform/organizations.js';

export interface ApprovalsDataSet {
  /** Secret of the approver's API key (role EMPLOYEE), linked to the approver employee. */
  approverKey: string;
  pending: number;
  requesters: number;
}

const REQUESTERS = 100;
const SUBJECT_TYPE = 'BENCH_DOCUMENT';

// Ids are derived from the row number (md5 of a tag and the number), so one generate_series statement
// per table writes every row and later tables can name earlier rows without reading them back.
const id = (tag: string, expr: string) => `md5($1::text || ':${tag}:' || ${expr})::uuid`;

/**
 * One approver with `pending` requests waiting for them: REQUESTERS employees report to the approver,
 * each request has one PENDING step whose only assignee is the approver, as submission leaves it.
 */
export async function generateApprovals(
  db: Database,
  organizationId: string,
  pending: number,
): Promise<ApprovalsDataSet> {
  const key = await createApiKey(db.prisma, { organizationId, name: 'Bench approver', roles: ['EMPLOYEE'] });
  await db.sql.withConnection(async (conn) => {
    await conn.exec('BEGIN');
    try {
      const org = [organizationId];
      await conn.query(
        `INSERT INTO "Department" ("id", "organizationId", "name", "updatedAt") VALUES (${id('dept', '0')}, $1::uuid, 'Bench department', now())`,
        org,
      );
      await conn.query(
        `INSERT INTO "Employee" ("id", "organizationId", "code", "name", "hireDate", "departmentId", "apiKeyId", "updatedAt")
         VALUES (${id('emp', '0')}, $1::uuid, 'BENCH-APPROVER', 'Bench Approver', '2020-01-01', ${id('dept', '0')}, $2::uuid, now())`,
        [organizationId, key.id],
      );
      await conn.query(
        `INSERT INTO "Employee" ("id", "organizationId", "code", "name", "hireDate", "departmentId", "managerId", "updatedAt")
         SELECT ${id('emp', 'i')}, $1::uuid, 'BENCH-' || i, 'Requester ' || i, '2021-01-01', ${id('dept', '0')}, ${id('emp', '0')}, now()
           FROM generate_series(1, ${REQUESTERS}) AS i`,
        org,
      );
      await conn.query(
        `INSERT INTO "ApprovalPolicy" ("id", "organizationId", "subjectType", "name", "rules", "updatedAt")
         VALUES (${id('policy', '0')}, $1::uuid, '${SUBJECT_TYPE}', 'Bench policy',
                 '[{"name":"Manager","conditions":[],"steps":[{"name":"Manager","mode":"ANY","approvers":[{"kind":"MANAGER","level":1}]}]}]', now())`,
        org,
      );
      await conn.query(
        `INSERT INTO "ApprovalRequest" ("id", "organizationId", "subjectType", "subjectId", "title", "requesterId", "policyId", "ruleName", "facts",
                                        "status", "submittedAt", "updatedAt")
         SELECT ${id('req', 'i')}, $1::uuid, '${SUBJECT_TYPE}', ${id('subject', 'i')}, 'Bench document ' || i,
                ${id('emp', `(1 + i % ${REQUESTERS})`)}, ${id('policy', '0')}, 'Manager', '{}', 'PENDING',
                now() - make_interval(secs => i), now()
           FROM generate_series(1, $2::int) AS i`,
        [organizationId, pending],
      );
      await conn.query(
        `INSERT INTO "ApprovalStep" ("id", "organizationId", "requestId", "round", "position", "name", "mode", "requiredApprovals", "status", "activatedAt")
         SELECT ${id('step', 'i')}, $1::uuid, ${id('req', 'i')}, 1, 0, 'Manager', 'ANY', 1, 'PENDING', now() - make_interval(secs => i)
           FROM generate_series(1, $2::int) AS i`,
        [organizationId, pending],
      );
      await conn.query(
        `UPDATE "ApprovalRequest" SET "currentStepId" = md5($1::text || ':step:' || split_part(title, ' ', 3))::uuid
          WHERE "organizationId" = $1::uuid AND "subjectType" = '${SUBJECT_TYPE}'`,
        org,
      );
      await conn.query(
        `INSERT INTO "ApprovalAssignee" ("id", "organizationId", "requestId", "stepId", "employeeId", "status")
         SELECT ${id('assignee', 'i')}, $1::uuid, ${id('req', 'i')}, ${id('step', 'i')}, ${id('emp', '0')}, 'PENDING'
           FROM generate_series(1, $2::int) AS i`,
        [organizationId, pending],
      );
      await conn.query(
        `INSERT INTO "ApprovalEvent" ("id", "organizationId", "requestId", "action", "actorEmployeeId", "actorName", "sequence")
         SELECT ${id('event', 'i')}, $1::uuid, ${id('req', 'i')}, 'SUBMITTED', ${id('emp', `(1 + i % ${REQUESTERS})`)}, 'Requester', 1
           FROM generate_series(1, $2::int) AS i`,
        [organizationId, pending],
      );
      await conn.exec('COMMIT');
    } catch (error) {
      await conn.exec('ROLLBACK').catch(() => {});
      throw error;
    }
  });
  await db.sql.exec('ANALYZE "Employee", "ApprovalRequest", "ApprovalStep", "ApprovalAssignee", "ApprovalEvent"');
  return { approverKey: key.secret, pending, requesters: REQUESTERS };
}
