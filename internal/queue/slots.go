package queue

import "strconv"

// clusterSlots is the number of Redis Cluster hash slots.
const clusterSlots = 16384

// spreadTags picks each partition's hash tag so that partition p falls in
// the p-th of n equal slot ranges. A Cluster splits its slots into equal
// ranges per master, so the partitions — and the work — spread evenly over
// the masters instead of landing where their names happen to hash
// ("q00".."q31" lands 8/9/15 on three masters).
func spreadTags(n int) []string {
	tags := make([]string, n)
	for p := range n {
		lo, hi := p*clusterSlots/n, (p+1)*clusterSlots/n
		base := "q" + strconv.Itoa(p) + "."
		for i := 0; ; i++ {
			t := base + strconv.Itoa(i)
			if s := int(crc16(t) % clusterSlots); s >= lo && s < hi {
				tags[p] = t
				break
			}
		}
	}
	return tags
}

// crc16 is CRC-16/XMODEM, the hash Redis Cluster maps keys to slots with.
func crc16(s string) uint16 {
	var crc uint16
	for i := range len(s) {
		crc ^= uint16(s[i]) << 8
		for range 8 {
			if crc&0x8000 != 0 {
				crc = crc<<1 ^ 0x1021
			} else {
				crc <<= 1
			}
		}
	}
	return crc
}

// Slot returns the Cluster slot of a key (its hash tag's, if it has one).
func Slot(key string) int {
	if i := indexByte(key, '{'); i >= 0 {
		if j := indexByte(key[i+1:], '}'); j > 0 {
			key = key[i+1 : i+1+j]
		}
	}
	return int(crc16(key) % clusterSlots)
}

func indexByte(s string, c byte) int {
	for i := range len(s) {
		if s[i] == c {
			return i
		}
	}
	return -1
}
