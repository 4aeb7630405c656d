// NLP.js ships no type declarations; these cover what intentModel.ts uses.
declare module '@nlpjs/core' {
  /** The part of NLP.js's `Nlp` that intentModel.ts uses. */
  export interface NlpInstance {
    settings: { autoSave: boolean; autoLoad: boolean; log: boolean; threshold: number };
    addLanguage(languages: string[]): void;
    addDocument(locale: string, text: string, intent: string): void;
    train(): Promise<void>;
    process(locale: string, text: string): Promise<{ intent: string; score: number; classifications?: Array<{ intent: string; score: number }> }>;
    export(minified?: boolean): string;
    import(data: string): void;
  }
  export function containerBootstrap(): {
    use(plugin: unknown): void;
    get(name: 'nlp'): NlpInstance;
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
