// What search knows beyond Pagefind's index, for Spanish pages (src/content-loaders/search-terms.ts).
import type { APIRoute } from 'astro';
import { searchTermsResponse } from '../../content-loaders/search-terms';

export const GET: APIRoute = () => searchTermsResponse('es');
