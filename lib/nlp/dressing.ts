/**
 * Emoji and symbols that dress a line at either end: a heading ("🚀 What you'll do", "★ Responsibilities ★")
 * or a job's name ("🚀 ML Engineer 🤖"). Replace with '' to undress the line.
 */
export const DRESSING = /^[\p{Extended_Pictographic}\p{So}\uFE0F\u200D\s]+|[\p{Extended_Pictographic}\p{So}\uFE0F\u200D\s]+$/gu;
