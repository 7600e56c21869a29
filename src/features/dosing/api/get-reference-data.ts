// Reference data (kits and their NDCs, descriptors of the codes confused with J9207, the payment
// limit): fetcher, query options and hook, as bulletproof-react's data files do. Fetched relative
// to the page so the app also works from a sub-path.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { type ReferenceData, referenceDataSchema } from './reference-data-schema';

export const referenceDataUrl = `${import.meta.env.BASE_URL}data/j9207.json`;

/** Why the reference data is unavailable, in words for the page. */
export class ReferenceDataError extends Error {
  override name = 'ReferenceDataError';
}

export async function getReferenceData(url: string = referenceDataUrl): Promise<ReferenceData> {
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-cache' });
  } catch {
    throw new ReferenceDataError('the reference file could not be loaded (offline or blocked)');
  }
  if (!response.ok)
    throw new ReferenceDataError(`the reference file could not be loaded (HTTP ${response.status})`);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new ReferenceDataError('the reference file is not valid JSON');
  }
  const parsed = referenceDataSchema.safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') || 'the file';
    throw new ReferenceDataError(`the reference file is malformed (at ${where})`);
  }
  return parsed.data;
}

/** What the page knows of the reference data: react-query's status, the data, and why it failed. */
export type ReferenceDataState = {
  status: 'pending' | 'error' | 'success';
  data?: ReferenceData | undefined;
  error?: string | undefined;
};

export const getReferenceDataQueryOptions = () =>
  queryOptions({ queryKey: ['reference-data', 'j9207'], queryFn: () => getReferenceData() });

export function useReferenceData() {
  return useQuery(getReferenceDataQueryOptions());
}
