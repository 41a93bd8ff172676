/** Information-theoretic quantities shared by every stage: Shannon entropies in bits. */
package io.qgate.qkd.information;
