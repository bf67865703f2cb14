import type { Message, ParamNames } from './message.ts';

/** The messages of one part of Samenspel in one language, by key. */
export type Catalogue = { readonly [key: string]: Message };

/** A catalogue in every language: English, the reference, types the keys and their parameters. */
export interface Catalogues<Reference extends Catalogue> {
  readonly en: Reference;
  readonly nl: { readonly [Key in keyof Reference]: Message };
}

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** No message is assignable to this, so tsc names the parameters a translation should have had. */
interface PlaceholdersDiffer<Expected> {
  readonly placeholdersOfTheReference: Expected;
}

/** A faithful translation of the reference: its keys and no others, each message with the same parameters. */
export type Translation<Reference extends Catalogue, Candidate> = {
  readonly [Key in keyof Reference]: Key extends keyof Candidate
    ? Same<ParamNames<Reference[Key]>, ParamNames<Candidate[Key]>> extends true
      ? Candidate[Key]
      : PlaceholdersDiffer<ParamNames<Reference[Key]>>
    : Message;
} & { readonly [Key in Exclude<keyof Candidate, keyof Reference>]: never };

/**
 * English messages beside their Dutch translation. The type check refuses a Dutch catalogue that
 * lacks a key, adds one, or gives a message other placeholders or no plural forms where English has them.
 */
export function bilingual<const En extends Catalogue, const Nl extends Catalogue>(catalogues: { en: En; nl: Nl & Translation<En, Nl> }): Catalogues<En> {
  return catalogues;
}

type Intersection<Union> = (Union extends unknown ? (whole: Union) => void : never) extends (whole: infer Both) => void ? Both : never;
type Combined<Parts extends readonly Catalogues<Catalogue>[]> = Intersection<Parts[number]['en']> extends infer C extends Catalogue ? C : never;

/** Catalogues of several parts as one; a key two parts both use is a mistake and throws at load. */
export function combineCatalogues<const Parts extends readonly Catalogues<Catalogue>[]>(...parts: Parts): Catalogues<Combined<Parts>> {
  const combined = { en: {} as Record<string, Message>, nl: {} as Record<string, Message> };
  for (const part of parts) {
    for (const key of Object.keys(part.en)) {
      if (key in combined.en) throw new Error(`Two catalogues both define the message "${key}"`);
    }
    Object.assign(combined.en, part.en);
    Object.assign(combined.nl, part.nl);
  }
  return combined as Catalogues<Combined<Parts>>;
}

/** The keys of a catalogue whose messages take no parameters: labels a table can refer to by key alone. */
export type PlainKey<C extends Catalogue> = { [Key in keyof C & string]: [ParamNames<C[Key]>] extends [never] ? Key : never }[keyof C & string];
