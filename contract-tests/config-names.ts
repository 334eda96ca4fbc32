/**
 * How the contract suite's set-up errors name where its target is configured. The suite has three
 * callers that configure it differently — code passes options, the CLI takes flags, the VS Code
 * extension has a setting and a command — and an error telling a library user to "check
 * --base-url" names a flag they do not have.
 *
 * @packageDocumentation
 */

/**
 * Where the base URL and the API key are configured, in the words the suite's set-up errors
 * (`ContractConfigError` messages and the network diagnoses) use for them.
 */
export interface ContractConfigNames {
  /**
   * Where the base URL is set, as a noun: `baseUrl`, `--base-url`, `the peeker.baseUrl setting`.
   * It starts some messages (`baseUrl should be the API base…`); there a name written as prose,
   * one starting with a lower-case word and a space, gets a capital (`The peeker.baseUrl setting…`).
   */
  baseUrl: string;
  /**
   * Where the key is set, as the object of "check …": `apiKey`, `--api-key or PEEKER_API_KEY`,
   * `the API key (Peeker: Set API Key)`.
   */
  apiKey: string;
  /**
   * What to do when no key was given, as an instruction: `set apiKey to a pk_test_… key`,
   * `pass --api-key pk_test_… or set PEEKER_API_KEY`.
   */
  giveApiKey: string;
  /**
   * Where a user finds the property names, as the clause that ends the message refusing an unknown
   * `only` entry: `'peeker-devkit contract --list' prints the property names`. Default: the
   * library's own, which names `CONTRACT_PROPERTIES`.
   */
  propertyNames?: string;
}

/** The names a library caller of `runContractSuite` knows: its own options. The default. */
export const DEFAULT_CONFIG_NAMES: ContractConfigNames = Object.freeze({
  baseUrl: 'baseUrl',
  apiKey: 'apiKey',
  giveApiKey: 'set apiKey to a pk_test_… key',
  propertyNames:
    "the property names are in CONTRACT_PROPERTIES, and 'peeker-devkit contract --list' prints them",
});

/** `name` at the start of a sentence: prose (`the peeker.baseUrl setting`) capitalised, identifiers as they are. */
export function atSentenceStart(name: string): string {
  return /^[a-z]+ /.test(name) ? `${name.charAt(0).toUpperCase()}${name.slice(1)}` : name;
}
