/** The benchmark sizes: a county, a city, a province aggregating a hundred counties, and (on request) a nation. */
export interface SizeSpec {
  /** Counties in the repository; 1 means a single jurisdiction whose items say 乡镇（街道）. */
  counties: number;
  unit: '县' | '市';
  townshipsPerCounty: number;
  domainFilesPerCounty: number;
  itemsPerFile: number;
  /** Share of townships that have a township file. */
  townshipFiles: number;
  ownItems: [number, number];
  /** Share of items that name two townships (several counties only; default 0.2). */
  twoTownships?: number;
  /** Give every item exactly two supporting parties (a township and a department): two export rows each. */
  twoSupports?: boolean;
  /** No planted defects: a repository that exports (errors block an export). */
  clean?: boolean;
}

export type SizeName = 'county' | 'city' | 'province' | 'national';

/** Parameters of each size. */
export const SIZES: Record<SizeName, SizeSpec> = {
  // ~210 items in 9 domain files, 12 townships each with a file.
  county: { counties: 1, unit: '县', townshipsPerCounty: 12, domainFilesPerCounty: 9, itemsPerFile: 18, townshipFiles: 1, ownItems: [3, 5] },
  // ~5,000 items in 34 domain files of ~147, 20 townships.
  city: { counties: 1, unit: '市', townshipsPerCounty: 20, domainFilesPerCounty: 34, itemsPerFile: 147, townshipFiles: 1, ownItems: [4, 8] },
  // ~300,000 items in ~2,050 files: 100 counties × 19 domain files of 155 items, 1,500 townships, a tenth with a file.
  province: { counties: 100, unit: '县', townshipsPerCounty: 15, domainFilesPerCounty: 19, itemsPerFile: 155, townshipFiles: 0.1, ownItems: [10, 16] },
  // ~5.9 million items in ~41,000 files (7.3 GB, twice with the second revision): twenty provinces' worth of
  // counties. Only on request (`--size national`); it shows that time grows with the tree and memory does not.
  national: { counties: 2000, unit: '县', townshipsPerCounty: 15, domainFilesPerCounty: 19, itemsPerFile: 155, townshipFiles: 0.1, ownItems: [10, 16] },
};

/** The export corpus: a list of 100,000 rows, 50,000 items with two supporting parties each (10 counties × 34 files × ~147). */
export const EXPORT_SPEC: SizeSpec = {
  counties: 10, unit: '县', townshipsPerCounty: 5, domainFilesPerCounty: 34, itemsPerFile: 147, townshipFiles: 0, ownItems: [0, 0], twoTownships: 0, twoSupports: true, clean: true,
};
