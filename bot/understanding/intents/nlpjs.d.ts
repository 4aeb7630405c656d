// NLP.js ships no type declarations; these cover what intentModel.ts uses.
declare module '@nlpjs/core' {
  export function containerBootstrap(): {
    use(plugin: unknown): void;
    // NLP.js ships no types; intentModel.ts wraps what it uses in typed functions.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    get(name: 'nlp'): any;
    registerConfiguration(tag: string, configuration: Record<string, unknown>, overwrite: boolean): void;
  };
}
declare module '@nlpjs/nlp' {
  export const Nlp: unknown;
}
declare module '@nlpjs/lang-en-min' {
  export const LangEn: unknown;
}
declare module '@nlpjs/lang-zh' {
  export const LangZh: unknown;
}
declare module '@nlpjs/lang-es' {
  export const LangEs: unknown;
}
declare module '@nlpjs/lang-fr' {
  export const LangFr: unknown;
}
declare module '@nlpjs/lang-el' {
  export const LangEl: unknown;
}
declare module '@nlpjs/lang-ko' {
  export const LangKo: unknown;
}
