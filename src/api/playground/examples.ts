/**
 * The contract queries (README and front-ends rely on them), named so the
 * IDE's tabs say what each one asks. The bodies are the contract's, verbatim.
 */
export const EXAMPLES: ReadonlyArray<{ name: string; query: string }> = [
  {
    name: "WhoDirectedLangSon2019",
    query: `# Who directed and chaired Lạng Sơn's 2019 conferences, and which report says so?
query WhoDirectedLangSon2019 {
  conferences(filter: {province: "province:lang-son", year: 2019}) {
    totalCount
    edges {
      node {
        id
        name
        date
        province { name }
        directors { person { name } sources { report { id } } }
        chairs { person { name } }
      }
    }
  }
}
`,
  },
  {
    name: "SearchNguyenLongHai",
    query: `# Full-text search, without diacritics: positions held and conferences directed.
query SearchNguyenLongHai {
  search(text: "nguyen long hai", types: [PERSON]) {
    score
    entity {
      id
      name
      ... on Person {
        positions { title asOf organization { name } }
        directed { conference { name date } }
      }
    }
  }
}
`,
  },
  {
    name: "ConnectionsDienToNgheAn",
    query: `# How is Huỳnh Thanh Điền connected to Nghệ An? Shortest paths, at most 3 hops.
query ConnectionsDienToNgheAn {
  connections(from: "person:huynh-thanh-dien", to: "province:nghe-an", maxHops: 3) {
    length
    steps { from { id name } relation to { id name } }
  }
}
`,
  },
  {
    name: "EntityCounts",
    query: `# How much the graph holds, per type.
query EntityCounts {
  stats { entities { type count } }
}
`,
  },
];
