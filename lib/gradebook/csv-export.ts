/** A CSV file as an export builds it; lib/http/csv-response.ts sends it as a download. */
export type CsvExport = { filename: string; body: string };
