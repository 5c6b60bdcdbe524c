-- CreateIndex
CREATE INDEX "ApprovalRequest_organizationId_submittedAt_id_idx" ON "ApprovalRequest"("organizationId", "submittedAt" DESC, "id");
