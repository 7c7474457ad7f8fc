/** Fields as a Server Action built with defineAction reads them, for a call made from a button rather than a form. */
export function toFormData(fields: Record<string, string | undefined>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) if (value !== undefined) data.append(name, value);
  return data;
}
