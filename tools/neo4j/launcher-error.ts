/** A failure the user can fix: its message names the cause and the fix, and no stack trace is shown. */
export class LauncherError extends Error {
  override name = "LauncherError";
}
