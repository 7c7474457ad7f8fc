// POST /api/assignments/[assignmentId]/adjustments – {questionId, kind, accepted?} previews who a regrade raises; with {confirm: true, reason} applies it; 404 unless the teacher's own.
import { z } from 'zod';
import { requirePermissionForApi } from '@/lib/auth/session';
import { systemClock } from '@/lib/clock';
import { getDb } from '@/lib/db';
import { assertSameOrigin, jsonOk, parseJsonBody } from '@/lib/http/json';
import { handleRoute } from '@/lib/http/route';
import { AdjustmentInputSchema, applyAdjustment, previewAdjustment } from '@/lib/regrade/adjustments';

const AdjustmentRequestSchema = AdjustmentInputSchema.omit({ assignmentId: true }).extend({
  reason: z.string().max(500).optional(),
  confirm: z.boolean().optional(),
});

export async function POST(request: Request, { params }: { params: Promise<{ assignmentId: string }> }) {
  return handleRoute(async () => {
    assertSameOrigin(request);
    const teacher = await requirePermissionForApi('class.write');
    const { confirm, reason, ...input } = await parseJsonBody(request, AdjustmentRequestSchema);
    const db = await getDb();
    const adjustment = { ...input, teacherId: teacher.id, assignmentId: (await params).assignmentId };
    if (!confirm) return jsonOk({ preview: await previewAdjustment(db, adjustment) });
    return jsonOk({ applied: await applyAdjustment(db, { ...adjustment, reason: reason ?? '' }, systemClock()) }, 201);
  });
}
