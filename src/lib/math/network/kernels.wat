;; The network engine's three dense loops in WebAssembly with 128-bit SIMD, two examples per instruction, and the
;; sigmoid units' value and slope. They are the same arithmetic as affineJs, layerGradientsJs and propagateDeltaJs
;; in forward-backward.ts and sigmoidKernel in activation-table.ts, operation for operation and in the same order,
;; so both give the same bits (test/math/network-kernels.test.ts holds them to it).
;; `npm run kernels` assembles this file into kernels-wasm.ts; a unit test fails if the two drift apart.
;;
;; Layout, as in forward-backward.ts: unit j of example b at (j·rows + b); weights row-major, W[j][i] at j·inputs + i.
;; Every pointer is a byte address in the memory the engine's workspace lives in; every array holds f64.
;; The batch runs in pairs (k, k+1); an odd last example is done in scalar code with the same operations.
(module
  (import "env" "memory" (memory 1))
  ;; The math module's own functions, for the far tails and NaN, where the fast path does not apply.
  (import "env" "exp" (func $exp (param f64) (result f64)))
  (import "env" "sigmoid" (func $sigmoid (param f64) (result f64)))
  (import "env" "sigmoidDerivative" (func $sigmoidDerivative (param f64) (result f64)))
  ;; Bytes 0 to 511 of the memory hold 2^(j/64) for j = 0..63, written there by kernels.ts (the same table as
  ;; exp-negative.ts); workspaces start after it.

  ;; zOut[j][k] = bias[j] + W[j][0]·hIn[0][k] + W[j][1]·hIn[1][k] + …, added left to right.
  (func (export "affine")
    (param $w i32) (param $bias i32) (param $inputs i32) (param $outputs i32)
    (param $h i32) (param $z i32) (param $rows i32)
    (local $rowBytes i32) (local $pairBytes i32) (local $odd i32) (local $j i32) (local $i i32) (local $p i32)
    (local $zRow i32) (local $wAt i32) (local $h0 i32) (local $h1 i32) (local $h2 i32) (local $h3 i32)
    (local $w0 f64) (local $w1 f64) (local $w2 f64) (local $w3 f64) (local $b f64)
    (local $v0 v128) (local $v1 v128) (local $v2 v128) (local $v3 v128) (local $acc v128)
    (local.set $rowBytes (i32.shl (local.get $rows) (i32.const 3)))
    (local.set $pairBytes (i32.shl (i32.and (local.get $rows) (i32.const -2)) (i32.const 3)))
    (local.set $odd (i32.and (local.get $rows) (i32.const 1)))
    (local.set $j (i32.const 0))
    (block $outputsDone
      (loop $eachOutput
        (br_if $outputsDone (i32.ge_u (local.get $j) (local.get $outputs)))
        (local.set $zRow (i32.add (local.get $z) (i32.mul (local.get $j) (local.get $rowBytes))))
        (local.set $wAt (i32.add (local.get $w) (i32.shl (i32.mul (local.get $j) (local.get $inputs)) (i32.const 3))))
        ;; The row starts at the bias.
        (local.set $b (f64.load (i32.add (local.get $bias) (i32.shl (local.get $j) (i32.const 3)))))
        (local.set $acc (f64x2.splat (local.get $b)))
        (local.set $p (i32.const 0))
        (block $filled
          (loop $fill
            (br_if $filled (i32.ge_u (local.get $p) (local.get $pairBytes)))
            (v128.store (i32.add (local.get $zRow) (local.get $p)) (local.get $acc))
            (local.set $p (i32.add (local.get $p) (i32.const 16)))
            (br $fill)))
        (if (local.get $odd)
          (then (f64.store (i32.add (local.get $zRow) (local.get $pairBytes)) (local.get $b))))
        ;; Blocks of four inputs: z = (((z + w0·h0) + w1·h1) + w2·h2) + w3·h3.
        (local.set $i (i32.const 0))
        (block $blocksDone
          (loop $eachBlock
            (br_if $blocksDone (i32.gt_u (i32.add (local.get $i) (i32.const 4)) (local.get $inputs)))
            (local.set $w0 (f64.load (local.get $wAt)))
            (local.set $w1 (f64.load offset=8 (local.get $wAt)))
            (local.set $w2 (f64.load offset=16 (local.get $wAt)))
            (local.set $w3 (f64.load offset=24 (local.get $wAt)))
            (local.set $v0 (f64x2.splat (local.get $w0)))
            (local.set $v1 (f64x2.splat (local.get $w1)))
            (local.set $v2 (f64x2.splat (local.get $w2)))
            (local.set $v3 (f64x2.splat (local.get $w3)))
            (local.set $h0 (i32.add (local.get $h) (i32.mul (local.get $i) (local.get $rowBytes))))
            (local.set $h1 (i32.add (local.get $h0) (local.get $rowBytes)))
            (local.set $h2 (i32.add (local.get $h1) (local.get $rowBytes)))
            (local.set $h3 (i32.add (local.get $h2) (local.get $rowBytes)))
            (local.set $p (i32.const 0))
            (block $pairsDone
              (loop $eachPair
                (br_if $pairsDone (i32.ge_u (local.get $p) (local.get $pairBytes)))
                (local.set $acc (v128.load (i32.add (local.get $zRow) (local.get $p))))
                (local.set $acc (f64x2.add (local.get $acc) (f64x2.mul (local.get $v0) (v128.load (i32.add (local.get $h0) (local.get $p))))))
                (local.set $acc (f64x2.add (local.get $acc) (f64x2.mul (local.get $v1) (v128.load (i32.add (local.get $h1) (local.get $p))))))
                (local.set $acc (f64x2.add (local.get $acc) (f64x2.mul (local.get $v2) (v128.load (i32.add (local.get $h2) (local.get $p))))))
                (local.set $acc (f64x2.add (local.get $acc) (f64x2.mul (local.get $v3) (v128.load (i32.add (local.get $h3) (local.get $p))))))
                (v128.store (i32.add (local.get $zRow) (local.get $p)) (local.get $acc))
                (local.set $p (i32.add (local.get $p) (i32.const 16)))
                (br $eachPair)))
            (if (local.get $odd)
              (then
                (f64.store (i32.add (local.get $zRow) (local.get $pairBytes))
                  (f64.add
                    (f64.add
                      (f64.add
                        (f64.add
                          (f64.load (i32.add (local.get $zRow) (local.get $pairBytes)))
                          (f64.mul (local.get $w0) (f64.load (i32.add (local.get $h0) (local.get $pairBytes)))))
                        (f64.mul (local.get $w1) (f64.load (i32.add (local.get $h1) (local.get $pairBytes)))))
                      (f64.mul (local.get $w2) (f64.load (i32.add (local.get $h2) (local.get $pairBytes)))))
                    (f64.mul (local.get $w3) (f64.load (i32.add (local.get $h3) (local.get $pairBytes))))))))
            (local.set $wAt (i32.add (local.get $wAt) (i32.const 32)))
            (local.set $i (i32.add (local.get $i) (i32.const 4)))
            (br $eachBlock)))
        ;; The remaining inputs one at a time.
        (block $singlesDone
          (loop $eachSingle
            (br_if $singlesDone (i32.ge_u (local.get $i) (local.get $inputs)))
            (local.set $w0 (f64.load (local.get $wAt)))
            (local.set $v0 (f64x2.splat (local.get $w0)))
            (local.set $h0 (i32.add (local.get $h) (i32.mul (local.get $i) (local.get $rowBytes))))
            (local.set $p (i32.const 0))
            (block $pairsDone
              (loop $eachPair
                (br_if $pairsDone (i32.ge_u (local.get $p) (local.get $pairBytes)))
                (v128.store (i32.add (local.get $zRow) (local.get $p))
                  (f64x2.add (v128.load (i32.add (local.get $zRow) (local.get $p)))
                    (f64x2.mul (local.get $v0) (v128.load (i32.add (local.get $h0) (local.get $p))))))
                (local.set $p (i32.add (local.get $p) (i32.const 16)))
                (br $eachPair)))
            (if (local.get $odd)
              (then
                (f64.store (i32.add (local.get $zRow) (local.get $pairBytes))
                  (f64.add (f64.load (i32.add (local.get $zRow) (local.get $pairBytes)))
                    (f64.mul (local.get $w0) (f64.load (i32.add (local.get $h0) (local.get $pairBytes))))))))
            (local.set $wAt (i32.add (local.get $wAt) (i32.const 8)))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $eachSingle)))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $eachOutput))))

  ;; dL/dW[j][i] = Σ_k δ[j][k]·hIn[i][k] and dL/db[j] = Σ_k δ[j][k]. Each sum runs in two interleaved partial sums,
  ;; even k and odd k (the two lanes), each from 0 in order; an odd last example joins the even sum; then
  ;; sum = even + odd.
  (func (export "layerGradients")
    (param $gw i32) (param $gb i32) (param $inputs i32) (param $outputs i32)
    (param $h i32) (param $delta i32) (param $rows i32)
    (local $rowBytes i32) (local $pairBytes i32) (local $odd i32) (local $j i32) (local $i i32) (local $p i32)
    (local $dRow i32) (local $gAt i32) (local $h0 i32) (local $h1 i32) (local $h2 i32) (local $h3 i32)
    (local $d v128) (local $a0 v128) (local $a1 v128) (local $a2 v128) (local $a3 v128) (local $e f64)
    (local.set $rowBytes (i32.shl (local.get $rows) (i32.const 3)))
    (local.set $pairBytes (i32.shl (i32.and (local.get $rows) (i32.const -2)) (i32.const 3)))
    (local.set $odd (i32.and (local.get $rows) (i32.const 1)))
    (local.set $j (i32.const 0))
    (block $outputsDone
      (loop $eachOutput
        (br_if $outputsDone (i32.ge_u (local.get $j) (local.get $outputs)))
        (local.set $dRow (i32.add (local.get $delta) (i32.mul (local.get $j) (local.get $rowBytes))))
        (local.set $gAt (i32.add (local.get $gw) (i32.shl (i32.mul (local.get $j) (local.get $inputs)) (i32.const 3))))
        (local.set $e (if (result f64) (local.get $odd)
          (then (f64.load (i32.add (local.get $dRow) (local.get $pairBytes))))
          (else (f64.const 0))))
        (local.set $i (i32.const 0))
        (block $blocksDone
          (loop $eachBlock
            (br_if $blocksDone (i32.gt_u (i32.add (local.get $i) (i32.const 4)) (local.get $inputs)))
            (local.set $h0 (i32.add (local.get $h) (i32.mul (local.get $i) (local.get $rowBytes))))
            (local.set $h1 (i32.add (local.get $h0) (local.get $rowBytes)))
            (local.set $h2 (i32.add (local.get $h1) (local.get $rowBytes)))
            (local.set $h3 (i32.add (local.get $h2) (local.get $rowBytes)))
            (local.set $a0 (v128.const i64x2 0 0))
            (local.set $a1 (v128.const i64x2 0 0))
            (local.set $a2 (v128.const i64x2 0 0))
            (local.set $a3 (v128.const i64x2 0 0))
            (local.set $p (i32.const 0))
            (block $pairsDone
              (loop $eachPair
                (br_if $pairsDone (i32.ge_u (local.get $p) (local.get $pairBytes)))
                (local.set $d (v128.load (i32.add (local.get $dRow) (local.get $p))))
                (local.set $a0 (f64x2.add (local.get $a0) (f64x2.mul (local.get $d) (v128.load (i32.add (local.get $h0) (local.get $p))))))
                (local.set $a1 (f64x2.add (local.get $a1) (f64x2.mul (local.get $d) (v128.load (i32.add (local.get $h1) (local.get $p))))))
                (local.set $a2 (f64x2.add (local.get $a2) (f64x2.mul (local.get $d) (v128.load (i32.add (local.get $h2) (local.get $p))))))
                (local.set $a3 (f64x2.add (local.get $a3) (f64x2.mul (local.get $d) (v128.load (i32.add (local.get $h3) (local.get $p))))))
                (local.set $p (i32.add (local.get $p) (i32.const 16)))
                (br $eachPair)))
            (if (local.get $odd)
              (then
                (local.set $a0 (f64x2.replace_lane 0 (local.get $a0)
                  (f64.add (f64x2.extract_lane 0 (local.get $a0)) (f64.mul (local.get $e) (f64.load (i32.add (local.get $h0) (local.get $pairBytes)))))))
                (local.set $a1 (f64x2.replace_lane 0 (local.get $a1)
                  (f64.add (f64x2.extract_lane 0 (local.get $a1)) (f64.mul (local.get $e) (f64.load (i32.add (local.get $h1) (local.get $pairBytes)))))))
                (local.set $a2 (f64x2.replace_lane 0 (local.get $a2)
                  (f64.add (f64x2.extract_lane 0 (local.get $a2)) (f64.mul (local.get $e) (f64.load (i32.add (local.get $h2) (local.get $pairBytes)))))))
                (local.set $a3 (f64x2.replace_lane 0 (local.get $a3)
                  (f64.add (f64x2.extract_lane 0 (local.get $a3)) (f64.mul (local.get $e) (f64.load (i32.add (local.get $h3) (local.get $pairBytes)))))))))
            (f64.store (local.get $gAt) (f64.add (f64x2.extract_lane 0 (local.get $a0)) (f64x2.extract_lane 1 (local.get $a0))))
            (f64.store offset=8 (local.get $gAt) (f64.add (f64x2.extract_lane 0 (local.get $a1)) (f64x2.extract_lane 1 (local.get $a1))))
            (f64.store offset=16 (local.get $gAt) (f64.add (f64x2.extract_lane 0 (local.get $a2)) (f64x2.extract_lane 1 (local.get $a2))))
            (f64.store offset=24 (local.get $gAt) (f64.add (f64x2.extract_lane 0 (local.get $a3)) (f64x2.extract_lane 1 (local.get $a3))))
            (local.set $gAt (i32.add (local.get $gAt) (i32.const 32)))
            (local.set $i (i32.add (local.get $i) (i32.const 4)))
            (br $eachBlock)))
        (block $singlesDone
          (loop $eachSingle
            (br_if $singlesDone (i32.ge_u (local.get $i) (local.get $inputs)))
            (local.set $h0 (i32.add (local.get $h) (i32.mul (local.get $i) (local.get $rowBytes))))
            (local.set $a0 (v128.const i64x2 0 0))
            (local.set $p (i32.const 0))
            (block $pairsDone
              (loop $eachPair
                (br_if $pairsDone (i32.ge_u (local.get $p) (local.get $pairBytes)))
                (local.set $a0 (f64x2.add (local.get $a0)
                  (f64x2.mul (v128.load (i32.add (local.get $dRow) (local.get $p))) (v128.load (i32.add (local.get $h0) (local.get $p))))))
                (local.set $p (i32.add (local.get $p) (i32.const 16)))
                (br $eachPair)))
            (if (local.get $odd)
              (then
                (local.set $a0 (f64x2.replace_lane 0 (local.get $a0)
                  (f64.add (f64x2.extract_lane 0 (local.get $a0)) (f64.mul (local.get $e) (f64.load (i32.add (local.get $h0) (local.get $pairBytes)))))))))
            (f64.store (local.get $gAt) (f64.add (f64x2.extract_lane 0 (local.get $a0)) (f64x2.extract_lane 1 (local.get $a0))))
            (local.set $gAt (i32.add (local.get $gAt) (i32.const 8)))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $eachSingle)))
        ;; The bias: Σ_k δ[j][k] in the same two partial sums.
        (local.set $a0 (v128.const i64x2 0 0))
        (local.set $p (i32.const 0))
        (block $pairsDone
          (loop $eachPair
            (br_if $pairsDone (i32.ge_u (local.get $p) (local.get $pairBytes)))
            (local.set $a0 (f64x2.add (local.get $a0) (v128.load (i32.add (local.get $dRow) (local.get $p)))))
            (local.set $p (i32.add (local.get $p) (i32.const 16)))
            (br $eachPair)))
        (if (local.get $odd)
          (then
            (local.set $a0 (f64x2.replace_lane 0 (local.get $a0) (f64.add (f64x2.extract_lane 0 (local.get $a0)) (local.get $e))))))
        (f64.store (i32.add (local.get $gb) (i32.shl (local.get $j) (i32.const 3)))
          (f64.add (f64x2.extract_lane 0 (local.get $a0)) (f64x2.extract_lane 1 (local.get $a0))))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $eachOutput))))

  ;; δPrev[i][k] = (0 + W[0][i]·δ[0][k] + W[1][i]·δ[1][k] + …) · slope[i][k], the outputs added left to right.
  (func (export "propagateDelta")
    (param $w i32) (param $inputs i32) (param $outputs i32)
    (param $delta i32) (param $slope i32) (param $prev i32) (param $rows i32)
    (local $rowBytes i32) (local $pairBytes i32) (local $odd i32) (local $i i32) (local $j i32) (local $p i32)
    (local $pRow i32) (local $sRow i32) (local $wAt i32) (local $stride i32)
    (local $d0 i32) (local $d1 i32) (local $d2 i32) (local $d3 i32)
    (local $w0 f64) (local $w1 f64) (local $w2 f64) (local $w3 f64)
    (local $v0 v128) (local $v1 v128) (local $v2 v128) (local $v3 v128) (local $acc v128)
    (local.set $rowBytes (i32.shl (local.get $rows) (i32.const 3)))
    (local.set $pairBytes (i32.shl (i32.and (local.get $rows) (i32.const -2)) (i32.const 3)))
    (local.set $odd (i32.and (local.get $rows) (i32.const 1)))
    (local.set $stride (i32.shl (local.get $inputs) (i32.const 3)))
    (local.set $i (i32.const 0))
    (block $inputsDone
      (loop $eachInput
        (br_if $inputsDone (i32.ge_u (local.get $i) (local.get $inputs)))
        (local.set $pRow (i32.add (local.get $prev) (i32.mul (local.get $i) (local.get $rowBytes))))
        (local.set $sRow (i32.add (local.get $slope) (i32.mul (local.get $i) (local.get $rowBytes))))
        (local.set $p (i32.const 0))
        (block $filled
          (loop $fill
            (br_if $filled (i32.ge_u (local.get $p) (local.get $pairBytes)))
            (v128.store (i32.add (local.get $pRow) (local.get $p)) (v128.const i64x2 0 0))
            (local.set $p (i32.add (local.get $p) (i32.const 16)))
            (br $fill)))
        (if (local.get $odd)
          (then (f64.store (i32.add (local.get $pRow) (local.get $pairBytes)) (f64.const 0))))
        ;; W[j][i] for j = 0, 1, …: a column of W, `inputs` apart.
        (local.set $wAt (i32.add (local.get $w) (i32.shl (local.get $i) (i32.const 3))))
        (local.set $j (i32.const 0))
        (block $blocksDone
          (loop $eachBlock
            (br_if $blocksDone (i32.gt_u (i32.add (local.get $j) (i32.const 4)) (local.get $outputs)))
            (local.set $w0 (f64.load (local.get $wAt)))
            (local.set $w1 (f64.load (i32.add (local.get $wAt) (local.get $stride))))
            (local.set $w2 (f64.load (i32.add (local.get $wAt) (i32.shl (local.get $stride) (i32.const 1)))))
            (local.set $w3 (f64.load (i32.add (local.get $wAt) (i32.mul (local.get $stride) (i32.const 3)))))
            (local.set $v0 (f64x2.splat (local.get $w0)))
            (local.set $v1 (f64x2.splat (local.get $w1)))
            (local.set $v2 (f64x2.splat (local.get $w2)))
            (local.set $v3 (f64x2.splat (local.get $w3)))
            (local.set $d0 (i32.add (local.get $delta) (i32.mul (local.get $j) (local.get $rowBytes))))
            (local.set $d1 (i32.add (local.get $d0) (local.get $rowBytes)))
            (local.set $d2 (i32.add (local.get $d1) (local.get $rowBytes)))
            (local.set $d3 (i32.add (local.get $d2) (local.get $rowBytes)))
            (local.set $p (i32.const 0))
            (block $pairsDone
              (loop $eachPair
                (br_if $pairsDone (i32.ge_u (local.get $p) (local.get $pairBytes)))
                (local.set $acc (v128.load (i32.add (local.get $pRow) (local.get $p))))
                (local.set $acc (f64x2.add (local.get $acc) (f64x2.mul (local.get $v0) (v128.load (i32.add (local.get $d0) (local.get $p))))))
                (local.set $acc (f64x2.add (local.get $acc) (f64x2.mul (local.get $v1) (v128.load (i32.add (local.get $d1) (local.get $p))))))
                (local.set $acc (f64x2.add (local.get $acc) (f64x2.mul (local.get $v2) (v128.load (i32.add (local.get $d2) (local.get $p))))))
                (local.set $acc (f64x2.add (local.get $acc) (f64x2.mul (local.get $v3) (v128.load (i32.add (local.get $d3) (local.get $p))))))
                (v128.store (i32.add (local.get $pRow) (local.get $p)) (local.get $acc))
                (local.set $p (i32.add (local.get $p) (i32.const 16)))
                (br $eachPair)))
            (if (local.get $odd)
              (then
                (f64.store (i32.add (local.get $pRow) (local.get $pairBytes))
                  (f64.add
                    (f64.add
                      (f64.add
                        (f64.add
                          (f64.load (i32.add (local.get $pRow) (local.get $pairBytes)))
                          (f64.mul (local.get $w0) (f64.load (i32.add (local.get $d0) (local.get $pairBytes)))))
                        (f64.mul (local.get $w1) (f64.load (i32.add (local.get $d1) (local.get $pairBytes)))))
                      (f64.mul (local.get $w2) (f64.load (i32.add (local.get $d2) (local.get $pairBytes)))))
                    (f64.mul (local.get $w3) (f64.load (i32.add (local.get $d3) (local.get $pairBytes))))))))
            (local.set $wAt (i32.add (local.get $wAt) (i32.shl (local.get $stride) (i32.const 2))))
            (local.set $j (i32.add (local.get $j) (i32.const 4)))
            (br $eachBlock)))
        (block $singlesDone
          (loop $eachSingle
            (br_if $singlesDone (i32.ge_u (local.get $j) (local.get $outputs)))
            (local.set $w0 (f64.load (local.get $wAt)))
            (local.set $v0 (f64x2.splat (local.get $w0)))
            (local.set $d0 (i32.add (local.get $delta) (i32.mul (local.get $j) (local.get $rowBytes))))
            (local.set $p (i32.const 0))
            (block $pairsDone
              (loop $eachPair
                (br_if $pairsDone (i32.ge_u (local.get $p) (local.get $pairBytes)))
                (v128.store (i32.add (local.get $pRow) (local.get $p))
                  (f64x2.add (v128.load (i32.add (local.get $pRow) (local.get $p)))
                    (f64x2.mul (local.get $v0) (v128.load (i32.add (local.get $d0) (local.get $p))))))
                (local.set $p (i32.add (local.get $p) (i32.const 16)))
                (br $eachPair)))
            (if (local.get $odd)
              (then
                (f64.store (i32.add (local.get $pRow) (local.get $pairBytes))
                  (f64.add (f64.load (i32.add (local.get $pRow) (local.get $pairBytes)))
                    (f64.mul (local.get $w0) (f64.load (i32.add (local.get $d0) (local.get $pairBytes))))))))
            (local.set $wAt (i32.add (local.get $wAt) (local.get $stride)))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $eachSingle)))
        ;; Times the stored slope f′(z).
        (local.set $p (i32.const 0))
        (block $scaled
          (loop $scale
            (br_if $scaled (i32.ge_u (local.get $p) (local.get $pairBytes)))
            (v128.store (i32.add (local.get $pRow) (local.get $p))
              (f64x2.mul (v128.load (i32.add (local.get $pRow) (local.get $p))) (v128.load (i32.add (local.get $sRow) (local.get $p)))))
            (local.set $p (i32.add (local.get $p) (i32.const 16)))
            (br $scale)))
        (if (local.get $odd)
          (then
            (f64.store (i32.add (local.get $pRow) (local.get $pairBytes))
              (f64.mul (f64.load (i32.add (local.get $pRow) (local.get $pairBytes))) (f64.load (i32.add (local.get $sRow) (local.get $pairBytes)))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $eachInput))))

  ;; e^x for x ≤ 0, exactly as expNegative in exp-negative.ts: x = (64n + j)·ln2/64 + r, e^x = 2ⁿ · 2^(j/64) · e^r,
  ;; with 2ⁿ built from its bits (n ≥ -1022 on [-708, 0], so always a normal number, the value SCALES holds there).
  (func $expNegative (param $x f64) (result f64)
    (local $k f64) (local $r f64) (local $whole i32) (local $base f64)
    (if (i32.eqz (i32.and (f64.ge (local.get $x) (f64.const -708)) (f64.le (local.get $x) (f64.const 0))))
      (then (return (call $exp (local.get $x)))))
    ;; x·(64/ln2) rounded to an integer by adding and subtracting 1.5·2⁵².
    (local.set $k (f64.sub (f64.add (f64.mul (local.get $x) (f64.const 0x1.71547652b82fep+6)) (f64.const 0x1.8p+52))
      (f64.const 0x1.8p+52)))
    (local.set $r (f64.sub (f64.sub (local.get $x) (f64.mul (local.get $k) (f64.const 0x1.62e42fee00000p-7)))
      (f64.mul (local.get $k) (f64.const 0x1.a39ef35793c76p-39))))
    (local.set $whole (i32.trunc_f64_s (local.get $k)))
    (local.set $base (f64.mul
      (f64.load (i32.shl (i32.and (local.get $whole) (i32.const 63)) (i32.const 3)))
      (f64.reinterpret_i64 (i64.shl (i64.extend_i32_s (i32.add (i32.shr_s (local.get $whole) (i32.const 6)) (i32.const 1023)))
        (i64.const 52)))))
    ;; tail = r·(1 + r·(1/2 + r·(1/6 + r·(1/24 + r/120)))), then base + base·tail.
    (f64.add (local.get $base) (f64.mul (local.get $base)
      (f64.mul (local.get $r) (f64.add (f64.const 1) (f64.mul (local.get $r)
        (f64.add (f64.const 0.5) (f64.mul (local.get $r)
          (f64.add (f64.const 0x1.5555555555555p-3) (f64.mul (local.get $r)
            (f64.add (f64.const 0x1.5555555555555p-5) (f64.mul (local.get $r) (f64.const 0x1.1111111111111p-7)))))))))))))

  ;; h[k] = σ(z[k]) and, unless slope is 0, slope[k] = σ′(z[k]) for k < count: sigmoidKernel in activation-table.ts,
  ;; one exponential e = e^-|z| for both.
  (func (export "sigmoid") (param $z i32) (param $h i32) (param $slope i32) (param $count i32)
    (local $end i32) (local $x f64) (local $e f64) (local $onePlus f64)
    (local.set $end (i32.add (local.get $z) (i32.shl (local.get $count) (i32.const 3))))
    (block $done
      (loop $each
        (br_if $done (i32.ge_u (local.get $z) (local.get $end)))
        (local.set $x (f64.load (local.get $z)))
        (if (f64.ge (local.get $x) (f64.const -708))
          (then
            (local.set $e (call $expNegative (f64.neg (f64.abs (local.get $x)))))
            (local.set $onePlus (f64.add (f64.const 1) (local.get $e)))
            (f64.store (local.get $h)
              (f64.div (select (f64.const 1) (local.get $e) (f64.ge (local.get $x) (f64.const 0))) (local.get $onePlus)))
            (if (local.get $slope)
              (then
                (f64.store (local.get $slope)
                  (f64.div (local.get $e) (f64.add (f64.const 1) (f64.mul (local.get $e) (f64.add (f64.const 2) (local.get $e)))))))))
          (else
            (f64.store (local.get $h) (call $sigmoid (local.get $x)))
            (if (local.get $slope)
              (then (f64.store (local.get $slope) (call $sigmoidDerivative (local.get $x)))))))
        (local.set $z (i32.add (local.get $z) (i32.const 8)))
        (local.set $h (i32.add (local.get $h) (i32.const 8)))
        (if (local.get $slope) (then (local.set $slope (i32.add (local.get $slope) (i32.const 8)))))
        (br $each))))
)
