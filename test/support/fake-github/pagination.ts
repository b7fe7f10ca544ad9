// GitHub's page-number pagination: per_page (default 30, at most 100), page (from 1), and a Link
// header with prev, next, last and first whose URLs keep the request's other query parameters.
// Like GitHub, the links name the repository by id (/repositories/{id}/...).

export type Page<T> = { items: T[]; /** The Link header, when there is more than one page. */ headers: Record<string, string> };

const DEFAULT_PER_PAGE = 30;
const MAX_PER_PAGE = 100;

function positiveInteger(value: string | null, fallback: number): number {
  if (value === null || !/^\d+$/.test(value.trim())) return fallback;
  const number = Number(value);
  return number >= 1 ? number : fallback;
}

/** The page asked for: 1 when the query names none, or none that is a positive whole number. */
export function requestedPage(query: URLSearchParams): number {
  return positiveInteger(query.get('page'), 1);
}

export function paginate<T>(all: readonly T[], query: URLSearchParams, linkBase: string): Page<T> {
  const perPage = Math.min(positiveInteger(query.get('per_page'), DEFAULT_PER_PAGE), MAX_PER_PAGE);
  const page = requestedPage(query);
  const items = all.slice((page - 1) * perPage, page * perPage);
  const lastPage = Math.max(1, Math.ceil(all.length / perPage));
  if (page === 1 && lastPage === 1) return { items, headers: {} };

  const urlFor = (target: number) => {
    const params = new URLSearchParams(query);
    params.delete('page');
    params.append('page', String(target));
    return `<${linkBase}?${params.toString()}>`;
  };
  const links: string[] = [];
  if (page > 1) links.push(`${urlFor(page - 1)}; rel="prev"`);
  if (page < lastPage) links.push(`${urlFor(page + 1)}; rel="next"`, `${urlFor(lastPage)}; rel="last"`);
  if (page > 1) links.push(`${urlFor(1)}; rel="first"`);
  return { items, headers: { link: links.join(', ') } };
}
