import { basename, dirname } from 'node:path'
import ts from 'typescript'

/** Exports that do not carry the exchange's name, each with the reason it may keep its own word. */
export const OWN_WORDS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  hyperliquid: {
    cloidOf: "'cloid' is Hyperliquid's own name for a client order id (spec hyperliquid.md §4.3)",
    clientOrderIdOf: 'the inverse of cloidOf',
  },
}

const pascal = (id: string) => id[0]!.toUpperCase() + id.slice(1)

/**
 * The vocabulary problems of one exchange's built entry (`dist/index.d.ts`), as sentences; none when it follows
 * packages/core/VOCABULARY.md. Deprecated aliases (a `@deprecated` tag) are exempt from the name rules.
 */
export function vocabularyProblems(id: string, dtsFile: string): string[] {
  const P = pascal(id)
  const program = ts.createProgram([dtsFile], {
    noEmit: true,
    skipLibCheck: true,
    types: [],
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
  })
  const checker = program.getTypeChecker()
  const entry = program.getSourceFile(dtsFile)
  if (!entry) return [`${dtsFile} cannot be read`]
  let source: ts.SourceFile = entry
  const moduleSymbol = checker.getSymbolAtLocation(entry)
  if (!moduleSymbol) return [`${dtsFile} exports nothing`]
  const problems: string[] = []
  const values = new Set<string>()
  const types = new Set<string>()
  const deprecated = new Set<string>()
  for (const symbol of checker.getExportsOfModule(moduleSymbol)) {
    const name = symbol.getName()
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol
    if (target.flags & ts.SymbolFlags.Value) values.add(name)
    if (target.flags & (ts.SymbolFlags.TypeAlias | ts.SymbolFlags.Interface)) types.add(name)
    if (target.getJsDocTags(checker).some((tag) => tag.name === 'deprecated')) deprecated.add(name)
  }

  // 1. The kinds every exchange exports, each under its one name.
  const requiredValues = [id, `create${P}Signer`, `classify${P}Error`, `${id}Errors`, `${id}Hosts`]
  requiredValues.push(`${id}RateLimits`, `describe${P}Intent`)
  const requiredTypes = [`${P}Signer`, `${P}SignOptions`, `Create${P}SignerParameters`, `${P}ErrorEntry`]
  for (const name of requiredValues) if (!values.has(name)) problems.push(`missing value export ${name}`)
  for (const name of requiredTypes) if (!types.has(name)) problems.push(`missing type export ${name}`)

  // 2. A kind of thing under another name pattern.
  const own = OWN_WORDS[id] ?? {}
  for (const name of [...values, ...types]) {
    if (deprecated.has(name)) continue
    const wrong = (rule: string) => problems.push(`${name}: ${rule}`)
    if (!name.toLowerCase().includes(id) && !(name in own))
      wrong(`does not carry the exchange's name (${id}/${P}/${id.toUpperCase()}_)`)
    if (/Credentials$/.test(name)) wrong(`signer parameters are named Create${P}SignerParameters`)
    if (/SignerParameters$/.test(name) && name !== `Create${P}SignerParameters`)
      wrong(`signer parameters are named Create${P}SignerParameters`)
    if (/Error(Info|Codes|Table|Map)$/i.test(name))
      wrong(`error tables are ${id}Errors, entries ${P}ErrorEntry`)
    if (/^create/.test(name) && values.has(name) && !name.startsWith(`create${P}`))
      wrong(`factories are named create${P}…`)
    if (/Ws(Login|Token)|WsAuth(Message|Options)$/.test(name) && types.has(name))
      wrong(`the WebSocket login types are ${P}WebSocketAuth and ${P}WebSocketAuthOptions`)
    if (/ServerTime$/.test(name) && values.has(name) && name !== `parse${P}ServerTime`)
      wrong(`the server-time reader is parse${P}ServerTime`)
    if (/ServerTimeFromResponse$/.test(name) && name !== `${id}ServerTimeFromResponse`)
      wrong(`the passive clock sample reader is ${id}ServerTimeFromResponse`)
    if (/Environment$/.test(name) && types.has(name) && name !== `${P}KeyEnvironment`)
      wrong(`the key's environment type is ${P}KeyEnvironment (the host's is the client's environment)`)
  }

  // 3. The signer: WebSocket auth is a method of every signer, the key's environment is keyEnvironment.
  const signerSymbol = checker.getExportsOfModule(moduleSymbol).find((s) => s.getName() === `${P}Signer`)
  if (signerSymbol) {
    const declared =
      signerSymbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(signerSymbol) : signerSymbol
    const signerType = checker.getDeclaredTypeOfSymbol(declared)
    // An unresolved import (core not built) makes the type `any`, which has every property: say so, never pass.
    if (signerType.flags & ts.TypeFlags.Any)
      problems.push(`${P}Signer resolves to any (is @signet/core built?)`)
    const auth = signerType.getProperty('signWebSocketAuth')
    if (!auth) problems.push(`${P}Signer has no signWebSocketAuth`)
    else if (auth.flags & ts.SymbolFlags.Optional) problems.push(`${P}Signer.signWebSocketAuth is optional`)
    else {
      const returns = checker
        .getTypeOfSymbol(auth)
        .getCallSignatures()
        .map((signature) => checker.typeToString(signature.getReturnType()))
      const login = !returns.every((text) => text === 'Promise<never>')
      if (login && !types.has(`${P}WebSocketAuth`))
        problems.push(`${P}Signer signs a WebSocket login but ${P}WebSocketAuth is not exported`)
      if (login && !types.has(`${P}WebSocketAuthOptions`))
        problems.push(`${P}Signer signs a WebSocket login but ${P}WebSocketAuthOptions is not exported`)
    }
    if (signerType.getProperty('environment'))
      problems.push(`${P}Signer.environment: the key's environment is keyEnvironment`)
  }

  // 4. Forbidden words and shapes anywhere in the declarations.
  const visit = (node: ts.Node) => {
    if ((ts.isPropertySignature(node) || ts.isMethodSignature(node)) && node.name) {
      const name = node.name.getText(source)
      const where = `${name} (line ${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1})`
      const isDeprecated = ts.getJSDocTags(node).some((tag) => tag.tagName.text === 'deprecated')
      if (
        name === 'now' &&
        ts.isPropertySignature(node) &&
        node.type &&
        !/=>/.test(node.type.getText(source))
      )
        problems.push(`${where}: now is always a function () => number (epoch ms)`)
      // In options and parameters (what a caller writes); a wire payload may carry the exchange's own field.
      let owner: ts.Node | undefined = node.parent
      while (owner && !ts.isTypeAliasDeclaration(owner) && !ts.isInterfaceDeclaration(owner))
        owner = owner.parent
      const ownerName =
        owner && (ts.isTypeAliasDeclaration(owner) || ts.isInterfaceDeclaration(owner)) ? owner.name.text : ''
      if (
        (name === 'recvWindow' || name === 'expiresInMs') &&
        !isDeprecated &&
        /(Options|Parameters)$/.test(ownerName)
      )
        problems.push(`${where}: a window has one name, windowMs`)
      if (/^ws(Login|Token|Auth)(Sync)?$/.test(name))
        problems.push(`${where}: WebSocket auth is signer.signWebSocketAuth`)
    }
    ts.forEachChild(node, visit)
  }
  // Every declaration file of this build (an ESM index.d.ts may re-export the declarations of index.d.cts).
  const dist = dirname(dtsFile)
  for (const file of program.getSourceFiles()) {
    if (dirname(file.fileName) !== dist) continue
    source = file
    visit(file)
    const prefix = file === program.getSourceFile(dtsFile) ? '' : `${basename(file.fileName)} `
    file
      .getFullText()
      .split('\n')
      .forEach((line, i) => {
        // The account passphrase is `passphrase`; the PEM's is `privateKeyPassphrase` (never the other way round).
        if (/(^|[^A-Za-z])passphrase\b/.test(line) && /\b(PEM|decrypts?|encrypted)\b/.test(line))
          problems.push(
            `${prefix}line ${i + 1}: the PEM's passphrase is privateKeyPassphrase: ${line.trim()}`,
          )
      })
  }
  return problems
}
