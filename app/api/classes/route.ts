// POST /api/classes – create a class {name} for the signing-in teacher; JSON (201) or a plain HTML form (303 to the class).
import { CreateClassSchema } from '@/lib/classes/class-inputs';
import { createClass } from '@/lib/classes/create-class';
import { apiRoute } from '@/lib/http/api-route';

export const POST = apiRoute(
  {
    auth: { can: 'class.write' },
    body: CreateClassSchema,
    accepts: 'json-or-form',
    formInvalid: 'Send the class name as the form field "name".',
    status: 201,
  },
  async ({ user, input, db }) => {
    const created = await createClass(db, user.id, input.name);
    return { class: created, href: `/teach/classes/${created.id}` };
  },
);
