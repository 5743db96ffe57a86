import type { components, operations, paths } from './schema';

/**
 * The API's shapes, generated from docs/api/openapi.yaml into schema.d.ts by `npm run generate:api`
 * (which every build, typecheck and test runs first). Features name the schemas they use beside their
 * hooks; nothing here is written by hand.
 */
export type { components, operations, paths };
export type Schemas = components['schemas'];

/** A code with its name, as every view references a region, municipality, province or group. */
export type Ref = Schemas['RegionViewsRef'];

export type InhabitantsStatus = 'VERIFIED' | 'APPROXIMATE';

/** The backend sends the status as a string; these are the values it uses for inhabitants. */
export type Inhabitants = Refine<Schemas['RegionViewsIndicatorValue'], { status: InhabitantsStatus }>;

type Methods = 'get' | 'put' | 'post' | 'delete' | 'patch';

/** '/regions/{code}' → `/regions/${string}`: the concrete paths a templated path stands for. */
type Concrete<P extends string> = P extends `${infer Head}{${string}}${infer Tail}` ? `${Head}${string}${Concrete<Tail>}` : P;

/** The document's paths are relative to its server, the API base: '/regions' is called as '/api/v1/regions'. */
type Served<P extends string> = P extends `/${infer Rest}` ? `/api/v1/${Rest}` : P;

/** Every "METHOD /path" the API answers, with the path's parameters as `${string}`. */
export type ApiRoute = {
  [P in keyof paths & string]: {
    [M in Methods & keyof paths[P]]: paths[P][M] extends undefined ? never : `${Uppercase<M>} ${Served<Concrete<P>>}`;
  }[Methods & keyof paths[P]];
}[keyof paths & string];

/** The success body (JSON) of every operation whose route matches the concrete "METHOD /path" `K`. */
export type ResponseOfRoute<K extends string> = {
  [P in keyof paths & string]: {
    [M in Methods & keyof paths[P]]: K extends `${Uppercase<M>} ${Served<Concrete<P>>}`
      ? paths[P][M] extends { responses: infer R }
        ? R extends { 200: { content: { 'application/json': infer T } } }
          ? T
          : R extends { 201: { content: { 'application/json': infer T } } }
            ? T
            : R extends { 202: { content: { 'application/json': infer T } } }
              ? T
              : unknown
        : never
      : never;
  }[Methods & keyof paths[P]];
}[keyof paths & string];

/**
 * A generated schema with some properties narrowed, where the backend sends a plain string that has a
 * known set of values (statuses, actions) the frontend switches on.
 */
export type Refine<T, Narrowed extends { [K in keyof T]?: unknown }> = Omit<T, keyof Narrowed> & Narrowed;
