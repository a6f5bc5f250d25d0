/**
 * The national working-day calendar `mpp init` writes to `calendars/id-national.yaml`: national
 * holidays and collective leave (cuti bersama) from the joint decrees (SKB), without the editor
 * modeline (added per file). A copy of `examples/batang/calendars/id-national.yaml` after its first
 * line; `packages/cli/test/init.test.ts` fails when the two differ, so a new year's decree is added
 * to Batang's calendar and copied here in the same change.
 *
 * @example
 * ```ts
 * nationalCalendarYaml.includes('id: id-national'); // true
 * ```
 */
export const nationalCalendarYaml = `#
# Kalender nasional Indonesia: hari libur nasional dan cuti bersama 2025 dan 2026.
# Indonesian national calendar: national holidays and collective leave (cuti bersama), 2025 and 2026.
#
# Source: the joint decrees (SKB) of the Minister of Religious Affairs, the Minister of Manpower and the
# Minister for Administrative and Bureaucratic Reform, as listed in the project's domain brief ("Working days and
# holidays"). Every date below comes from that list; the names are the customary SKB names.
# The decree titles are written out from the decree numbers in the usual SKB form; check the exact wording
# against the published decrees before citing them in a legal document.
# When a decree is amended (as 2025's was, adding 18 August), add the day with the amending decree's id.
# 2027 has no decree yet: do not list 2027 in \`years\` until its SKB is published.
apiVersion: mpp-kit/v1
calendars:
  - id: id-national
    name: { id: Kalender Nasional Indonesia, en: Indonesian national calendar }
    weekend: [sat, sun]
    years: [2025, 2026]
    decrees:
      - id: skb-2025
        year: 2025
        title: >-
          Keputusan Bersama Menteri Agama, Menteri Ketenagakerjaan, dan Menteri Pendayagunaan Aparatur Negara dan
          Reformasi Birokrasi Nomor 1017 Tahun 2024, Nomor 2 Tahun 2024, Nomor 2 Tahun 2024 tentang Hari Libur
          Nasional dan Cuti Bersama Tahun 2025
      - id: skb-2025-amendment
        year: 2025
        title: >-
          Keputusan Bersama Menteri Agama, Menteri Ketenagakerjaan, dan Menteri Pendayagunaan Aparatur Negara dan
          Reformasi Birokrasi Nomor 933 Tahun 2025, Nomor 1 Tahun 2025, Nomor 3 Tahun 2025 tentang Perubahan atas
          Keputusan Bersama Nomor 1017 Tahun 2024, Nomor 2 Tahun 2024, Nomor 2 Tahun 2024 tentang Hari Libur
          Nasional dan Cuti Bersama Tahun 2025
        amends: skb-2025
      - id: skb-2026
        year: 2026
        title: >-
          Keputusan Bersama Menteri Agama, Menteri Ketenagakerjaan, dan Menteri Pendayagunaan Aparatur Negara dan
          Reformasi Birokrasi Nomor 1497 Tahun 2025, Nomor 2 Tahun 2025, Nomor 5 Tahun 2025 tentang Hari Libur
          Nasional dan Cuti Bersama Tahun 2026
    days:
      # ---- 2025: SKB 1017/2024, 2/2024, 2/2024 (skb-2025), amended by SKB 933/2025, 1/2025, 3/2025 ----
      # 17 holidays, 11 collective-leave days (10 original + 18 Aug added by the amendment).
      - { date: 2025-01-01, kind: holiday, name: { id: Tahun Baru 2025 Masehi, en: "New Year's Day" }, decree: skb-2025 } # Wed
      - { date: 2025-01-27, kind: holiday, name: { id: Isra Mikraj Nabi Muhammad SAW, en: "Isra and Mi'raj of the Prophet Muhammad" }, decree: skb-2025 } # Mon, 27 Rajab 1446 H
      - { date: 2025-01-28, kind: collective-leave, name: { id: Cuti Bersama Tahun Baru Imlek 2576 Kongzili, en: Collective leave for Chinese New Year }, decree: skb-2025 } # Tue
      - { date: 2025-01-29, kind: holiday, name: { id: Tahun Baru Imlek 2576 Kongzili, en: Chinese New Year }, decree: skb-2025 } # Wed
      - { date: 2025-03-28, kind: collective-leave, name: { id: Cuti Bersama Hari Suci Nyepi (Tahun Baru Saka 1947), en: Collective leave for Nyepi }, decree: skb-2025 } # Fri
      - { date: 2025-03-29, kind: holiday, name: { id: Hari Suci Nyepi (Tahun Baru Saka 1947), en: "Nyepi, Hindu Day of Silence (Saka New Year 1947)" }, decree: skb-2025 } # Sat
      - { date: 2025-03-31, kind: holiday, name: { id: Hari Raya Idulfitri 1446 Hijriah, en: Eid al-Fitr (first day) }, decree: skb-2025 } # Mon
      - { date: 2025-04-01, kind: holiday, name: { id: Hari Raya Idulfitri 1446 Hijriah, en: Eid al-Fitr (second day) }, decree: skb-2025 } # Tue
      - { date: 2025-04-02, kind: collective-leave, name: { id: Cuti Bersama Hari Raya Idulfitri 1446 Hijriah, en: Collective leave for Eid al-Fitr }, decree: skb-2025 } # Wed
      - { date: 2025-04-03, kind: collective-leave, name: { id: Cuti Bersama Hari Raya Idulfitri 1446 Hijriah, en: Collective leave for Eid al-Fitr }, decree: skb-2025 } # Thu
      - { date: 2025-04-04, kind: collective-leave, name: { id: Cuti Bersama Hari Raya Idulfitri 1446 Hijriah, en: Collective leave for Eid al-Fitr }, decree: skb-2025 } # Fri
      - { date: 2025-04-07, kind: collective-leave, name: { id: Cuti Bersama Hari Raya Idulfitri 1446 Hijriah, en: Collective leave for Eid al-Fitr }, decree: skb-2025 } # Mon
      - { date: 2025-04-18, kind: holiday, name: { id: Wafat Yesus Kristus, en: Good Friday }, decree: skb-2025 } # Fri
      - { date: 2025-04-20, kind: holiday, name: { id: Kebangkitan Yesus Kristus (Paskah), en: Easter Sunday }, decree: skb-2025 } # Sun
      - { date: 2025-05-01, kind: holiday, name: { id: Hari Buruh Internasional, en: International Labour Day }, decree: skb-2025 } # Thu
      - { date: 2025-05-12, kind: holiday, name: { id: Hari Raya Waisak 2569 BE, en: Vesak Day }, decree: skb-2025 } # Mon
      - { date: 2025-05-13, kind: collective-leave, name: { id: Cuti Bersama Hari Raya Waisak 2569 BE, en: Collective leave for Vesak }, decree: skb-2025 } # Tue
      - { date: 2025-05-29, kind: holiday, name: { id: Kenaikan Yesus Kristus, en: Ascension of Jesus Christ }, decree: skb-2025 } # Thu
      - { date: 2025-05-30, kind: collective-leave, name: { id: Cuti Bersama Kenaikan Yesus Kristus, en: Collective leave for the Ascension of Jesus Christ }, decree: skb-2025 } # Fri
      - { date: 2025-06-01, kind: holiday, name: { id: Hari Lahir Pancasila, en: Pancasila Day }, decree: skb-2025 } # Sun
      - { date: 2025-06-06, kind: holiday, name: { id: Hari Raya Iduladha 1446 Hijriah, en: Eid al-Adha }, decree: skb-2025 } # Fri
      - { date: 2025-06-09, kind: collective-leave, name: { id: Cuti Bersama Hari Raya Iduladha 1446 Hijriah, en: Collective leave for Eid al-Adha }, decree: skb-2025 } # Mon
      - { date: 2025-06-27, kind: holiday, name: { id: 1 Muharam Tahun Baru Islam 1447 Hijriah, en: Islamic New Year }, decree: skb-2025 } # Fri
      - { date: 2025-08-17, kind: holiday, name: { id: Proklamasi Kemerdekaan Republik Indonesia, en: Independence Day }, decree: skb-2025 } # Sun
      - { date: 2025-08-18, kind: collective-leave, name: { id: Cuti Bersama Hari Kemerdekaan Republik Indonesia, en: Collective leave for Independence Day }, decree: skb-2025-amendment } # Mon, added by the amendment
      - { date: 2025-09-05, kind: holiday, name: { id: Maulid Nabi Muhammad SAW, en: Birthday of the Prophet Muhammad }, decree: skb-2025 } # Fri, 12 Rabiulawal 1447 H
      - { date: 2025-12-25, kind: holiday, name: { id: Kelahiran Yesus Kristus, en: Christmas Day }, decree: skb-2025 } # Thu
      - { date: 2025-12-26, kind: collective-leave, name: { id: Cuti Bersama Kelahiran Yesus Kristus, en: Collective leave for Christmas }, decree: skb-2025 } # Fri

      # ---- 2026: SKB 1497/2025, 2/2025, 5/2025 (skb-2026) ----
      # 17 holidays, 8 collective-leave days.
      - { date: 2026-01-01, kind: holiday, name: { id: Tahun Baru 2026 Masehi, en: "New Year's Day" }, decree: skb-2026 } # Thu
      - { date: 2026-01-16, kind: holiday, name: { id: Isra Mikraj Nabi Muhammad SAW, en: "Isra and Mi'raj of the Prophet Muhammad" }, decree: skb-2026 } # Fri, 27 Rajab 1447 H
      - { date: 2026-02-16, kind: collective-leave, name: { id: Cuti Bersama Tahun Baru Imlek 2577 Kongzili, en: Collective leave for Chinese New Year }, decree: skb-2026 } # Mon
      - { date: 2026-02-17, kind: holiday, name: { id: Tahun Baru Imlek 2577 Kongzili, en: Chinese New Year }, decree: skb-2026 } # Tue
      # 18 March is taken to be the collective leave for Nyepi (the day before it); the domain brief lists the
      # date without its occasion. Unsure: check against the SKB text.
      - { date: 2026-03-18, kind: collective-leave, name: { id: Cuti Bersama Hari Suci Nyepi (Tahun Baru Saka 1948), en: Collective leave for Nyepi }, decree: skb-2026 } # Wed
      - { date: 2026-03-19, kind: holiday, name: { id: Hari Suci Nyepi (Tahun Baru Saka 1948), en: "Nyepi, Hindu Day of Silence (Saka New Year 1948)" }, decree: skb-2026 } # Thu
      - { date: 2026-03-20, kind: collective-leave, name: { id: Cuti Bersama Hari Raya Idulfitri 1447 Hijriah, en: Collective leave for Eid al-Fitr }, decree: skb-2026 } # Fri
      - { date: 2026-03-21, kind: holiday, name: { id: Hari Raya Idulfitri 1447 Hijriah, en: Eid al-Fitr (first day) }, decree: skb-2026 } # Sat
      - { date: 2026-03-22, kind: holiday, name: { id: Hari Raya Idulfitri 1447 Hijriah, en: Eid al-Fitr (second day) }, decree: skb-2026 } # Sun
      - { date: 2026-03-23, kind: collective-leave, name: { id: Cuti Bersama Hari Raya Idulfitri 1447 Hijriah, en: Collective leave for Eid al-Fitr }, decree: skb-2026 } # Mon
      - { date: 2026-03-24, kind: collective-leave, name: { id: Cuti Bersama Hari Raya Idulfitri 1447 Hijriah, en: Collective leave for Eid al-Fitr }, decree: skb-2026 } # Tue
      - { date: 2026-04-03, kind: holiday, name: { id: Wafat Yesus Kristus, en: Good Friday }, decree: skb-2026 } # Fri
      - { date: 2026-04-05, kind: holiday, name: { id: Kebangkitan Yesus Kristus (Paskah), en: Easter Sunday }, decree: skb-2026 } # Sun
      - { date: 2026-05-01, kind: holiday, name: { id: Hari Buruh Internasional, en: International Labour Day }, decree: skb-2026 } # Fri
      - { date: 2026-05-14, kind: holiday, name: { id: Kenaikan Yesus Kristus, en: Ascension of Jesus Christ }, decree: skb-2026 } # Thu
      - { date: 2026-05-15, kind: collective-leave, name: { id: Cuti Bersama Kenaikan Yesus Kristus, en: Collective leave for the Ascension of Jesus Christ }, decree: skb-2026 } # Fri
      - { date: 2026-05-27, kind: holiday, name: { id: Hari Raya Iduladha 1447 Hijriah, en: Eid al-Adha }, decree: skb-2026 } # Wed
      - { date: 2026-05-28, kind: collective-leave, name: { id: Cuti Bersama Hari Raya Iduladha 1447 Hijriah, en: Collective leave for Eid al-Adha }, decree: skb-2026 } # Thu
      - { date: 2026-05-31, kind: holiday, name: { id: Hari Raya Waisak 2570 BE, en: Vesak Day }, decree: skb-2026 } # Sun
      - { date: 2026-06-01, kind: holiday, name: { id: Hari Lahir Pancasila, en: Pancasila Day }, decree: skb-2026 } # Mon
      - { date: 2026-06-16, kind: holiday, name: { id: 1 Muharam Tahun Baru Islam 1448 Hijriah, en: Islamic New Year }, decree: skb-2026 } # Tue
      - { date: 2026-08-17, kind: holiday, name: { id: Proklamasi Kemerdekaan Republik Indonesia, en: Independence Day }, decree: skb-2026 } # Mon
      - { date: 2026-08-25, kind: holiday, name: { id: Maulid Nabi Muhammad SAW, en: Birthday of the Prophet Muhammad }, decree: skb-2026 } # Tue, 12 Rabiulawal 1448 H
      - { date: 2026-12-24, kind: collective-leave, name: { id: Cuti Bersama Kelahiran Yesus Kristus, en: Collective leave for Christmas }, decree: skb-2026 } # Thu
      - { date: 2026-12-25, kind: holiday, name: { id: Kelahiran Yesus Kristus, en: Christmas Day }, decree: skb-2026 } # Fri
`;
