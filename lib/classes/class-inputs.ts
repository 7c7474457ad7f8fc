import { z } from 'zod';

// The shapes a class's forms and its JSON routes both take. Length and blank names are judged by
// normalizeClassName, which says what to fix; these only bound what is read.

export const ClassNameSchema = z.string().max(1000);

export const CreateClassSchema = z.strictObject({ name: ClassNameSchema });

export const JoinCodeSchema = z.strictObject({ code: z.string().max(100) });

/** An id a form carries in a hidden field; ownership is the query's to check. */
export const IdFieldSchema = z.string().min(1).max(100);
