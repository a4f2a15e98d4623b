/** The part of wink-naive-bayes-text-classifier's API the second opinion uses (the package ships no types). */
declare module 'wink-naive-bayes-text-classifier' {
  interface NaiveBayesTextClassifier<Input> {
    definePrepTasks(tasks: Array<(input: any) => any>): number;
    defineConfig(config: { considerOnlyPresence?: boolean; smoothingFactor?: number }): boolean;
    learn(input: Input, label: string): boolean;
    consolidate(): boolean;
    /** Each label with its log2 odds against all the others, highest first; `[['unknown', 0]]` when no token is known. */
    computeOdds(input: Input): Array<[string, number]>;
    stats(): { labelWiseSamples: Record<string, number>; labelWiseWords: Record<string, number>; vocabulary: number };
    exportJSON(): string;
    importJSON(json: string): boolean;
  }
  function naiveBayesTextClassifier<Input = string[]>(): NaiveBayesTextClassifier<Input>;
  export = naiveBayesTextClassifier;
}
