// Loads the reference data with react-query in a chunk of its own, so react-query is not part of
// the first load: the first screen calculates from the built-in label facts and only the parts
// below it (NDC lines, reference panel, worksheet) use the data. Reports what it has to the page.
import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import { useContext, useEffect } from 'react';
import { type ReferenceDataState, useReferenceData } from './get-reference-data';

const appQueryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: false, refetchOnWindowFocus: false, staleTime: Number.POSITIVE_INFINITY },
  },
});

type Props = { onChange: (state: ReferenceDataState) => void };

function Reporter({ onChange }: Props) {
  const query = useReferenceData();
  const error = query.error instanceof Error ? query.error.message : undefined;
  useEffect(() => {
    onChange({ status: query.status, data: query.data, error });
  }, [onChange, query.status, query.data, error]);
  return null;
}

/** Fetches the reference data; uses a client provided above it (tests), else the app's own. */
export function ReferenceDataLoader({ onChange }: Props) {
  const provided = useContext(QueryClientContext);
  return (
    <QueryClientProvider client={provided ?? appQueryClient}>
      <Reporter onChange={onChange} />
    </QueryClientProvider>
  );
}
