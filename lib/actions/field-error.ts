import { AppError } from '@/lib/errors';

/**
 * Runs a mutation whose refusal of a value ("Enter a name for the class") belongs to one form
 * field, and names that field in the refusal, so the form shows it beside the field. Refusals that
 * are not about a value (not found, too many tries) stay the form's own message.
 */
export async function withFieldError<T>(field: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof AppError && error.code === 'invalid' && !error.fieldErrors) {
      throw new AppError(error.code, error.message, {
        fieldErrors: { [field]: error.message },
        details: error.details,
      });
    }
    throw error;
  }
}
