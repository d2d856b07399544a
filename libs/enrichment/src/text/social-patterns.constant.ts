// Parts of a social-media post that carry no language and no sentiment of
// their own: links, e-mail addresses and @handles (Mastodon's @user@instance too).
// The lookbehind keeps "info@firma.dk" an address rather than a handle.
export const LINK_OR_HANDLE_SOURCE = String.raw`https?:\/\/\S+|www\.\S+|[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)+|(?<![\p{L}\p{N}_])@[\p{L}\p{N}_]+(?:[.@][\p{L}\p{N}_\-]+)*`;

// Apostrophes and hyphens inside a word keep it whole ("isn't", "cover-up",
// "ikke-godkendt"), as the AFINN lists spell such entries.
export const WORD_SOURCE = String.raw`[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*`;

// Variation selectors and skin tones are dropped from the token, so 👍🏽 and ❤️ look up as 👍 and ❤.
export const EMOJI_SOURCE = String.raw`\p{Extended_Pictographic}[\u{FE0F}\u{1F3FB}-\u{1F3FF}]*(?:\u{200D}\p{Extended_Pictographic}[\u{FE0F}\u{1F3FB}-\u{1F3FF}]*)*`;

// Western emoticons, only where they do not continue a word or number (not "kl.10:30").
export const EMOTICON_SOURCE = String.raw`(?<![\p{L}\p{N}])(?:[:;=]-?[()dp\/]|:'\(|<3)(?![\p{L}\p{N}])`;
