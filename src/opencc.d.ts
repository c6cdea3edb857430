// opencc-js ships its dictionaries as plain ES modules without declarations.
declare module 'opencc-js/dict/TSCharacters' {
  const dictionary: string
  export default dictionary
}
declare module 'opencc-js/dict/TWVariantsRev' {
  const dictionary: string
  export default dictionary
}
declare module 'opencc-js/dict/STCharacters' {
  const dictionary: string
  export default dictionary
}
