// Loads the reference data with react-query in a chunk of its own, so react-query is not part of
// the first load: the first screen calculates from the built-in label facts and only the parts
// below it (NDC lines, reference panel, worksheet) use the data. Reports what it has to the page.
// Each page has its own query client (kept in the page's slot, so it outlives this loader being
// unmounted during the blind second check): no cached fetch carries from one page to another.
import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import { useContext, useEffect, useState } from 'react';
import { type ReferenceDataState, useReferenceData } from './get-reference-data';

/** Where the page keeps its query client between mounts of the loader. */
export type QueryClientSlot = { current: unknown };

function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, staleTime: Number.POSITIVE_INFINITY },
    },
  });
}

type Props = { onChange: (state: ReferenceDataState) => void; clientSlot?: QueryClientSlot };

function Reporter({ onChange }: Pick<Props, 'onChange'>) {
  const query = useReferenceData();
  const error = query.error instanceof Error ? query.error.message : undefined;
  useEffect(() => {
    onChange({ status: query.status, data: query.data, error });
  }, [onChange, query.status, query.data, error]);
  return null;
}

/** Fetches the reference data; uses a client provided above it (tests), else the page's own. */
export function ReferenceDataLoader({ onChange, clientSlot }: Props) {
  const provided = useContext(QueryClientContext);
  const [own] = useState(() => {
    if (clientSlot?.current instanceof QueryClient) return clientSlot.current;
    const client = createQueryClient();
    if (clientSlot) clientSlot.current = client;
    return client;
  });
  return (
    <QueryClientProvider client={provided ?? own}>
      <Reporter onChange={onChange} />
    </QueryClientProvider>
  );
}
