// The API's types as the server's routes declare them (issue 10): generated into koers-api.ts by
// `npm run api:types`, never written by hand. Modules in src/api name what they use through these.
import type { paths } from './koers-api.ts';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type JsonOf<R> = R extends { content: { 'application/json': infer J } } ? J : never;

/** The JSON body of a route's response (200 unless another status is named). */
export type ApiResponse<P extends keyof paths, M extends Method & keyof paths[P], S extends number = 200> = paths[P][M] extends { responses: infer R }
  ? S extends keyof R
    ? JsonOf<R[S]>
    : never
  : never;

/** The JSON body a route accepts. */
export type ApiBody<P extends keyof paths, M extends Method & keyof paths[P]> = paths[P][M] extends { requestBody?: infer B } ? JsonOf<NonNullable<B>> : never;

/** The query string a route accepts (its parameters, all optional unless the route says otherwise). */
export type ApiQuery<P extends keyof paths, M extends Method & keyof paths[P]> = paths[P][M] extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;
