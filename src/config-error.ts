/** A missing or malformed setting: the message names the variable and what it must be. */
export class ConfigError extends Error {
  override name = "ConfigError";
}
