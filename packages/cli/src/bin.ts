export async function main(argv: readonly string[]): Promise<number> {
  console.log(argv.join(' '));
  return 0;
}
