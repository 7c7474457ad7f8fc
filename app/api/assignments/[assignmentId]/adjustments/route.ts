// POST /api/assignments/[assignmentId]/adjustments – {questionId, kind, accepted?} previews who a regrade raises; with {confirm: true, reason} applies it; 404 unless the teacher's own.
import { z } from 'zod';
import { systemClock } from '@/lib/clock';
import { apiRoute } from '@/lib/http/api-route';
import { jsonOk } from '@/lib/http/respond';
import { AdjustmentInputSchema, applyAdjustment, previewAdjustment } from '@/lib/regrade/adjustments';

const AdjustmentRequestSchema = AdjustmentInputSchema.omit({ assignmentId: true }).extend({
  reason: z.string().max(500).optional(),
  confirm: z.boolean().optional(),
});

export const POST = apiRoute(
  { auth: { can: 'class.write' }, body: AdjustmentRequestSchema, params: ['assignmentId'] },
  async ({ user, input, params, db }) => {
    const { confirm, reason, ...rest } = input;
    const adjustment = { ...rest, teacherId: user.id, assignmentId: params.assignmentId };
    if (!confirm) return { preview: await previewAdjustment(db, adjustment) };
    return jsonOk({ applied: await applyAdjustment(db, { ...adjustment, reason: reason ?? '' }, systemClock()) }, 201);
  },
);
