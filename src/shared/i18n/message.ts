/**
 * The forms of a message that depends on a number, one per plural category of `Intl.PluralRules`.
 * `other` is the one every language has; a language adds the categories its rules use.
 */
export interface PluralForms {
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

/** A message: a text with `{name}` placeholders, or plural forms chosen by the `count` parameter. */
export type Message = string | PluralForms;

/** The names of the `{name}` placeholders in a text, as a union of string literals. */
export type Placeholders<Text extends string> = Text extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

type TextsOf<M> = M extends string ? M : M extends PluralForms ? Extract<M[keyof M], string> : never;

/** The parameters a message needs: its placeholders, and `count` for plural forms. */
export type ParamNames<M> = Placeholders<TextsOf<M>> | (M extends PluralForms ? 'count' : never);

/** The values of a message's parameters; `count` picks a plural form, so it is a number. */
export type Params<M> = { readonly [Name in ParamNames<M>]: Name extends 'count' ? number : string | number };

/** The arguments after the key: none for a message without parameters, else exactly its parameters. */
export type ParamsArgs<M> = [ParamNames<M>] extends [never] ? [] : [params: Params<M>];
