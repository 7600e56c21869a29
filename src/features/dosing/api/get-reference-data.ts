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
  if (!response.ok) {
    throw new ReferenceDataError(
      response.status === 404
        ? 'the reference file was not found on the server: ask whoever installs the app to check it'
        : 'the server did not send the reference file: try again later',
    );
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new ReferenceDataError(
      'the reference file is damaged and cannot be read: ask whoever installs the app to replace it',
    );
  }
  const parsed = referenceDataSchema.safeParse(json);
  // The path of the first problem goes to the console for whoever maintains the file, not to the page.
  if (!parsed.success) {
    console.warn('Reference data rejected at', parsed.error.issues[0]?.path.join('.') || 'the top');
    throw new ReferenceDataError(
      'the reference file has entries the app does not recognize: ask whoever installs the app to check it',
    );
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
